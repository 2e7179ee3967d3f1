package dk.sikkerby.indberetning.ui.editor;

import dk.sikkerby.indberetning.persistence.ConnectionLostException;
import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the editor form for one initiative: what the user typed, the rules it breaks (live),
 * whether it differs from what is stored, and whether it may be saved. Knows no {@code Node}.
 */
public final class EditorViewModel {

    /** Saves a form for a row; the callback gets the stored submission or the failure. */
    public interface Saver {
        void save(InitiativeRow row, SubmissionForm form, java.util.function.Consumer<Submission> onSaved,
                  java.util.function.Consumer<Throwable> onFailed);
    }

    /**
     * Why the signed-in user may not change a part of a row now (empty: they may). The view model asks
     * whenever a row is shown; the service checks again when saving.
     */
    public interface Access {
        // a present but blank reason: read-only without a sentence (the role never writes that part)
        Optional<String> departmentFieldsRefusal(InitiativeRow row);

        Optional<String> assessmentRefusal(InitiativeRow row);
    }

    /** Reads a row's success criteria (in the background); the callbacks run on the FX thread. */
    public interface CriteriaLoader {
        void load(InitiativeRow row, java.util.function.Consumer<LoadedCriteria> onLoaded,
                  java.util.function.Consumer<Throwable> onFailed);
    }

    /** A row's stored criteria and those of the initiative's latest earlier year (to show what changed). */
    public record LoadedCriteria(List<SuccessCriterion> criteria, List<SuccessCriterion> lastYear) {
    }

    /** What to do when someone else saved first; gets the form the user typed and the error with the stored version. */
    public interface ConflictHandler {
        void resolve(InitiativeRow row, SubmissionForm mine, ConcurrentEditException conflict);
    }

    private final Messages messages;
    private final Saver saver;
    private Access access = new Access() {
        @Override
        public Optional<String> departmentFieldsRefusal(InitiativeRow r) {
            return Optional.empty();
        }

        @Override
        public Optional<String> assessmentRefusal(InitiativeRow r) {
            return Optional.empty();
        }
    };
    private ConflictHandler conflicts;
    private CriteriaLoader criteriaLoader = (r, onLoaded, onFailed) ->
            onLoaded.accept(new LoadedCriteria(List.of(), List.of()));
    private final CriteriaListModel criteria;
    private final BooleanProperty criteriaLoaded = new SimpleBooleanProperty(true);
    private final BooleanBinding criteriaListed;
    private final BooleanProperty departmentReadOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty assessmentReadOnly = new SimpleBooleanProperty(false);
    private final StringProperty readOnlyReason = new SimpleStringProperty("");
    private final StringProperty stateText = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<InitiativeRow> row = new ReadOnlyObjectWrapper<>();
    private final StringProperty metText = new SimpleStringProperty("");
    private final StringProperty totalText = new SimpleStringProperty("");
    private final BooleanProperty notRelevant = new SimpleBooleanProperty(false);
    private final ObjectProperty<RichText> departmentNote = new SimpleObjectProperty<>(RichText.EMPTY);
    private final ObjectProperty<RichText> assessment = new SimpleObjectProperty<>(RichText.EMPTY);
    private final ObjectProperty<SubmissionForm> original = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty lastResult = new SimpleStringProperty("");
    /** A save failed because the server went away: the form keeps the edits and offers to try again. */
    private final BooleanProperty retryOffered = new SimpleBooleanProperty(false);

    private final ObjectBinding<SubmissionForm> form;
    private final ObjectBinding<List<Violation>> violations;
    private final BooleanBinding valid;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;

    public EditorViewModel(Messages messages, Saver saver) {
        this.messages = messages;
        this.saver = saver;
        this.criteria = new CriteriaListModel(messages);
        criteriaListed = Bindings.isNotEmpty(criteria.items());
        // with criteria listed the score is theirs: the number fields only show it
        form = Bindings.createObjectBinding(() -> criteriaListed.get()
                        ? new SubmissionForm("", "", false, departmentNote.get(), assessment.get(),
                                criteria.criteria().get())
                        : new SubmissionForm(metText.get(), totalText.get(), notRelevant.get(),
                                departmentNote.get(), assessment.get(), List.of()),
                metText, totalText, notRelevant, departmentNote, assessment, criteria.criteria(), criteriaListed);
        violations = Bindings.createObjectBinding(() -> SubmissionRules.validate(form.get()), form);
        valid = Bindings.createBooleanBinding(() -> violations.get().isEmpty(), violations);
        dirty = Bindings.createBooleanBinding(
                () -> original.get() != null && !sameContent(original.get(), form.get()), original, form);
        canSave = row.isNotNull().and(valid).and(dirty).and(saving.not()).and(criteriaLoaded);
        criteria.tally().addListener((obs, was, tally) -> showDerivedScore());
        notRelevant.addListener((obs, was, is) -> {
            if (is) {
                metText.set("");
                totalText.set("");
            }
        });
    }

    /** Shows a row in the form, dropping any unsaved edit (the view asks first). */
    public void load(InitiativeRow newRow) {
        row.set(newRow);
        SubmissionForm stored = newRow == null ? new SubmissionForm("", "", false, RichText.EMPTY, RichText.EMPTY)
                : SubmissionForm.of(newRow.score(), newRow.departmentNote(), newRow.assessment());
        original.set(stored);
        fill(stored);
        criteria.setAll(List.of());
        lastResult.set("");
        retryOffered.set(false);
        applyAccess(newRow);
        if (newRow != null) {
            loadCriteria(newRow);
        }
    }

    private void loadCriteria(InitiativeRow requested) {
        criteriaLoaded.set(false);
        criteriaLoader.load(requested, loaded -> {
            if (row.get() != requested) {
                return; // another row was chosen meanwhile
            }
            List<SuccessCriterion> list = loaded.criteria();
            criteria.setLastYear(loaded.lastYear());
            original.set(SubmissionForm.of(requested.score(), requested.departmentNote(), requested.assessment(),
                    list));
            criteria.setAll(list);
            criteriaLoaded.set(true);
        }, error -> lastResult.set(dk.sikkerby.indberetning.ui.common.ErrorText.of(messages, error)));
    }

    /** Shows the score the criteria give in the number fields, which are read-only while criteria are listed. */
    private void showDerivedScore() {
        // the list itself, not criteriaListed: this runs while the list changes, before that binding has heard of it
        if (criteria.items().isEmpty()) {
            return;
        }
        Score derived = criteria.tally().get().score().orElse(Score.missing());
        notRelevant.set(derived.isNotRelevant());
        metText.set(derived.met().map(String::valueOf).orElse(""));
        totalText.set(derived.total().map(String::valueOf).orElse(""));
    }

    public void setCriteriaLoader(CriteriaLoader loader) {
        this.criteriaLoader = loader;
    }

    /** Decides (again) which parts of the shown row the user may change, and says why not. */
    public void applyAccess(InitiativeRow shown) {
        Optional<String> department = shown == null ? Optional.empty() : access.departmentFieldsRefusal(shown);
        Optional<String> assessmentNo = shown == null ? Optional.empty() : access.assessmentRefusal(shown);
        departmentReadOnly.set(department.isPresent());
        assessmentReadOnly.set(assessmentNo.isPresent());
        readOnlyReason.set(department.filter(t -> !t.isBlank()).or(() -> assessmentNo).orElse(""));
        stateText.set(shown == null ? "" : shown.state().icon() + " " + messages.get(shown.state().key()));
    }

    public void setAccess(Access access) {
        this.access = access;
        applyAccess(row.get());
    }

    public void setConflictHandler(ConflictHandler handler) {
        this.conflicts = handler;
    }

    public void revert() {
        if (original.get() != null) {
            fill(original.get());
        }
    }

    /** Saves in the background; {@code onSaved} receives the row as it is now stored. */
    public void save(java.util.function.Consumer<InitiativeRow> onSaved) {
        if (!canSave.get()) {
            return;
        }
        InitiativeRow current = row.get();
        saving.set(true);
        retryOffered.set(false);
        lastResult.set(messages.get("editor.saving"));
        saver.save(current, form.get(), stored -> {
            saving.set(false);
            InitiativeRow updated = new InitiativeRow(current.initiativeId(), current.name(), current.department(),
                    current.category(), current.position(), Optional.of(stored));
            row.set(updated);
            original.set(SubmissionForm.of(stored.score(), stored.departmentNote(), stored.assessment(),
                    form.get().criteria().stream().map(SuccessCriterion::normalised).toList()));
            applyAccess(updated);
            lastResult.set(messages.get("editor.saved", current.name()));
            onSaved.accept(updated);
        }, error -> {
            saving.set(false);
            retryOffered.set(error instanceof ConnectionLostException);
            lastResult.set(dk.sikkerby.indberetning.ui.common.ErrorText.of(messages, error));
            if (error instanceof ConcurrentEditException conflict && conflicts != null) {
                conflicts.resolve(current, form.get(), conflict);
            }
        });
    }

    private void fill(SubmissionForm f) {
        notRelevant.set(f.notRelevant());
        metText.set(f.metText());
        totalText.set(f.totalText());
        departmentNote.set(f.departmentNote());
        assessment.set(f.assessment());
        if (f.criteria() != null) {
            criteria.setAll(f.criteria());
        }
    }

    private static boolean sameContent(SubmissionForm a, SubmissionForm b) {
        return a.notRelevant() == b.notRelevant()
                && a.metText().strip().equals(b.metText().strip())
                && a.totalText().strip().equals(b.totalText().strip())
                && Objects.equals(a.departmentNote(), b.departmentNote())
                && Objects.equals(a.assessment(), b.assessment())
                && normalised(a.criteria()).equals(normalised(b.criteria()));
    }

    private static List<SuccessCriterion> normalised(List<SuccessCriterion> list) {
        return list == null ? List.of() : list.stream().map(SuccessCriterion::normalised).toList();
    }

    /** The message of the first broken rule of a field, in the user's language, or "". */
    public StringBinding messageFor(Field field) {
        return Bindings.createStringBinding(() -> violations.get().stream()
                .filter(v -> v.field() == field).findFirst()
                .map(v -> messages.get(v.key(), v.args())).orElse(""), violations);
    }

    public BooleanBinding hasError(Field field) {
        return Bindings.createBooleanBinding(
                () -> violations.get().stream().anyMatch(v -> v.field() == field), violations);
    }

    public CriteriaListModel criteria() {
        return criteria;
    }

    /** Whether criteria are listed, so that they give the score. */
    public BooleanBinding criteriaListedProperty() {
        return criteriaListed;
    }

    public ReadOnlyObjectProperty<InitiativeRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public StringProperty metTextProperty() {
        return metText;
    }

    public StringProperty totalTextProperty() {
        return totalText;
    }

    public BooleanProperty notRelevantProperty() {
        return notRelevant;
    }

    public ObjectProperty<RichText> departmentNoteProperty() {
        return departmentNote;
    }

    public ObjectProperty<RichText> assessmentProperty() {
        return assessment;
    }

    public ObjectBinding<List<Violation>> violations() {
        return violations;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** True after a save failed because the server went away (the edits are kept): "Try again" saves. */
    public BooleanProperty retryOfferedProperty() {
        return retryOffered;
    }

    public StringProperty lastResultProperty() {
        return lastResult;
    }

    /** Shows {@code mine} as an unsaved edit of {@code base}: saving it goes over {@code base}'s version. */
    public void loadAsEdit(InitiativeRow base, SubmissionForm mine) {
        // the criteria are the user's own (mine), so none are read: saving goes over base's version at once
        row.set(base);
        original.set(SubmissionForm.of(base.score(), base.departmentNote(), base.assessment()));
        criteria.setAll(List.of());
        fill(mine);
        criteriaLoaded.set(true);
        lastResult.set("");
        applyAccess(base);
    }

    public BooleanProperty departmentReadOnlyProperty() {
        return departmentReadOnly;
    }

    public BooleanProperty assessmentReadOnlyProperty() {
        return assessmentReadOnly;
    }

    public StringProperty readOnlyReasonProperty() {
        return readOnlyReason;
    }

    public StringProperty stateTextProperty() {
        return stateText;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
