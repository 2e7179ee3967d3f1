package dk.sikkerby.indberetning.ui.grid;

import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.InvalidRowException;
import dk.sikkerby.indberetning.service.workflow.SubmissionEdit;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The grid mode's state: many rows typed at once with the editor form's rules and the same rights,
 * saved together. A bad value is kept, marked and explained at once, and blocks the save; a paste is
 * checked whole and changes nothing if one value is bad. Knows no {@code Node}: the view listens to
 * {@link #rows()} (a replaced element is a row to draw again).
 */
public final class GridViewModel {

    /** Saves the changed rows of a year in one transaction; the callback gets the stored submissions in order. */
    public interface Saver {
        void save(int year, List<SubmissionEdit> edits, Consumer<List<Submission>> onSaved,
                  Consumer<Throwable> onFailed);
    }

    private final Messages messages;
    private final Saver saver;
    private EditorViewModel.Access access = new EditorViewModel.Access() {
        @Override
        public Optional<String> departmentFieldsRefusal(InitiativeRow row) {
            return Optional.empty();
        }

        @Override
        public Optional<String> assessmentRefusal(InitiativeRow row) {
            return Optional.empty();
        }
    };
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty changed = new SimpleIntegerProperty(0);
    private final IntegerProperty invalid = new SimpleIntegerProperty(0);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanBinding canSave = changed.greaterThan(0).and(invalid.isEqualTo(0)).and(saving.not());
    private Consumer<List<InitiativeRow>> onSaved = saved -> { };
    private Consumer<String> onSaveFailed = text -> { };
    private int year;

    public GridViewModel(Messages messages, Saver saver) {
        this.messages = messages;
        this.saver = saver;
    }

    /**
     * Shows a year's rows. A row the user has changed and not saved stays as typed (it is a draft);
     * every other row shows what is stored now, so the grid follows saves made in the form.
     */
    public void show(int shownYear, List<InitiativeRow> visible) {
        Map<Integer, GridRow> drafts = new HashMap<>();
        if (shownYear == year) {
            rows.stream().filter(GridRow::isDirty).forEach(r -> drafts.put(r.stored().initiativeId(), r));
        }
        year = shownYear;
        List<GridRow> shown = new ArrayList<>();
        for (InitiativeRow row : visible) {
            GridRow line = drafts.getOrDefault(row.initiativeId(), new GridRow(row, notRelevantText()));
            shown.add(line);
        }
        shown.forEach(this::applyAccess);
        rows.setAll(shown);
        recount();
    }

    /** Decides (again) what the user may change on each row: after sign-in and when the year is (un)locked. */
    public void setAccess(EditorViewModel.Access rights) {
        this.access = rights;
        applyAccess();
    }

    public void applyAccess() {
        for (int i = 0; i < rows.size(); i++) {
            applyAccess(rows.get(i));
            rows.set(i, rows.get(i));
        }
    }

    private void applyAccess(GridRow row) {
        Optional<String> department = access.departmentFieldsRefusal(row.stored());
        Optional<String> assessment = access.assessmentRefusal(row.stored());
        String reason = department.filter(t -> !t.isBlank()).or(() -> assessment.filter(t -> !t.isBlank())).orElse("");
        row.setAccess(department.isEmpty(), assessment.isEmpty(), reason);
    }

    /**
     * The user typed {@code text} into a cell. A bad value is kept (so it can be corrected) and explained
     * in {@link #messageProperty()}; a cell the user may not change is left as it was.
     */
    public boolean type(int index, GridColumn column, String text) {
        GridRow row = rows.get(index);
        if (!row.isEditable(column)) {
            message.set(refusal(row));
            rows.set(index, row);
            return false;
        }
        row.set(column, text);
        rows.set(index, row);
        recount();
        message.set(error(index, column).map(e -> messages.get("grid.error.row", row.stored().name(), e)).orElse(""));
        return true;
    }

    /**
     * Pastes a column of values (text copied from Excel: one value a line) from row {@code first} down.
     * Every value is checked first; if one is bad, or lands on a row the user may not change or below the
     * last row, nothing changes and the message names that row.
     */
    public boolean paste(int first, GridColumn column, String clipboard) {
        List<String> values = lines(clipboard);
        if (values.isEmpty()) {
            return false;
        }
        if (first + values.size() > rows.size()) {
            message.set(messages.get("grid.paste.tooMany", values.size(), rows.size() - first));
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            GridRow row = rows.get(first + i);
            Optional<String> problem = !row.isEditable(column) ? Optional.of(refusal(row))
                    : check(row, column, values.get(i));
            if (problem.isPresent()) {
                message.set(messages.get("grid.paste.refused", row.stored().name(), problem.get()));
                return false;
            }
        }
        for (int i = 0; i < values.size(); i++) {
            rows.get(first + i).set(column, values.get(i));
            rows.set(first + i, rows.get(first + i));
        }
        recount();
        message.set(messages.get("grid.paste.done", values.size()));
        return true;
    }

    /** What is wrong with {@code text} in {@code column} of {@code row}, without changing the row. */
    private Optional<String> check(GridRow row, GridColumn column, String text) {
        String before = row.text(column);
        row.set(column, text);
        try {
            return firstError(row, column);
        } finally {
            row.set(column, before);
        }
    }

    private static List<String> lines(String clipboard) {
        if (clipboard == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(clipboard.split("\r\n|\r|\n", -1)));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // Excel ends a copied column with a line break
        }
        out.replaceAll(line -> line.contains("\t") ? line.substring(0, line.indexOf('\t')) : line);
        return out;
    }

    /** The message of the first rule a cell's value breaks, or empty. */
    public Optional<String> error(int index, GridColumn column) {
        return firstError(rows.get(index), column);
    }

    private Optional<String> firstError(GridRow row, GridColumn column) {
        return row.violations().stream().filter(v -> columnOf(v.field()) == column).findFirst()
                .map(v -> messages.get(v.key(), v.args()));
    }

    private static GridColumn columnOf(Field field) {
        return switch (field) {
            // a score typed against listed success criteria is refused on the score cell
            case MET, TOTAL, NOT_RELEVANT, CRITERIA, CRITERION -> GridColumn.SCORE;
            case DEPARTMENT_NOTE -> GridColumn.NOTE;
            case ASSESSMENT -> GridColumn.ASSESSMENT;
        };
    }

    private String refusal(GridRow row) {
        return row.lockReason().isEmpty() ? messages.get("grid.readOnly", row.stored().name())
                : messages.get("grid.error.row", row.stored().name(), row.lockReason());
    }

    /** The state column's text: the state, and that the row is locked for this user. */
    public String stateText(int index) {
        GridRow row = rows.get(index);
        String state = row.stored().state().icon() + " " + messages.get(row.stored().state().key());
        return row.isLocked() ? messages.get("grid.state.locked", state) : state;
    }

    /** Saves every changed row in one transaction (the same checks as the form's save); refused while a cell is bad. */
    public void save() {
        List<GridRow> dirty = rows.stream().filter(GridRow::isDirty).toList();
        Optional<GridRow> bad = dirty.stream().filter(r -> !r.violations().isEmpty()).findFirst();
        if (bad.isPresent()) {
            Violation first = bad.get().violations().get(0);
            message.set(messages.get("grid.error.row", bad.get().stored().name(), messages.get(first.key(), first.args())));
            return;
        }
        if (dirty.isEmpty() || saving.get()) {
            return;
        }
        List<SubmissionEdit> edits = dirty.stream()
                .map(r -> new SubmissionEdit(r.stored().initiativeId(), r.form(), r.stored().version())).toList();
        saving.set(true);
        message.set(messages.get("grid.saving", edits.size()));
        saver.save(year, edits, stored -> saved(dirty, stored), this::saveFailed);
    }

    private void saved(List<GridRow> dirty, List<Submission> stored) {
        saving.set(false);
        List<InitiativeRow> updated = new ArrayList<>();
        for (int i = 0; i < dirty.size(); i++) {
            InitiativeRow before = dirty.get(i).stored();
            InitiativeRow after = new InitiativeRow(before.initiativeId(), before.name(), before.department(),
                    before.category(), before.position(), Optional.of(stored.get(i)));
            dirty.get(i).reset(after);
            applyAccess(dirty.get(i));
            int index = rows.indexOf(dirty.get(i));
            if (index >= 0) {
                rows.set(index, dirty.get(i));
            }
            updated.add(after);
        }
        recount();
        message.set(messages.get("grid.saved", updated.size()));
        onSaved.accept(updated);
    }

    private void saveFailed(Throwable error) {
        saving.set(false);
        String reason = error instanceof InvalidRowException row
                ? messages.get("grid.error.row", row.rowName(), messages.get(row.key(), row.args()))
                : ErrorText.of(messages, error);
        String text = messages.get("grid.saveFailed", reason);
        message.set(text);
        onSaveFailed.accept(text);
    }

    /** Drops what was typed: every row shows what is stored. */
    public void revert() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).reset(rows.get(i).stored());
            rows.set(i, rows.get(i));
        }
        recount();
        message.set("");
    }

    private void recount() {
        changed.set((int) rows.stream().filter(GridRow::isDirty).count());
        invalid.set((int) rows.stream().filter(r -> r.isDirty() && !r.violations().isEmpty()).count());
    }

    private String notRelevantText() {
        return messages.get("score.notRelevant");
    }

    /** Called with the rows as stored after a save, so the table and the form show them too. */
    public void setOnSaved(Consumer<List<InitiativeRow>> listener) {
        this.onSaved = listener;
    }

    /** Called with the sentence when a save failed; the typed values stay in the grid as a draft. */
    public void setOnSaveFailed(Consumer<String> listener) {
        this.onSaveFailed = listener;
    }

    public ObservableList<GridRow> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public IntegerProperty changedProperty() {
        return changed;
    }

    public IntegerProperty invalidProperty() {
        return invalid;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public boolean isDirty() {
        return changed.get() > 0;
    }

    public int year() {
        return year;
    }
}
