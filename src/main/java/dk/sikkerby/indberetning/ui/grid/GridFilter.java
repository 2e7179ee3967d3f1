package dk.sikkerby.indberetning.ui.grid;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.SubmissionState;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The grid's own column filters, narrowing what the main window's filters leave: department, score, state,
 * a text found in any column, and only the rows changed and not yet saved. A null department or state means
 * every one. Judges a row by what it shows, typed values included; the grid filters again when a filter
 * changes, not while the user types, so a row does not vanish under the cursor.
 */
public final class GridFilter {

    /** The score column's filter: what kind of score the row shows. */
    public enum ScoreKind {
        ALL("grid.filter.score.all"),
        MISSING("grid.filter.score.missing"),
        NOT_RELEVANT("grid.filter.score.notRelevant"),
        ALL_MET("grid.filter.score.allMet"),
        PARTLY_MET("grid.filter.score.partlyMet"),
        NONE_MET("grid.filter.score.noneMet"),
        INVALID("grid.filter.score.invalid");

        private final String key;

        ScoreKind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        boolean accepts(Optional<Score> shown) {
            if (shown.isEmpty()) {
                return this == ALL || this == INVALID;
            }
            Score s = shown.get();
            return switch (this) {
                case ALL -> true;
                case MISSING -> s.isMissing();
                case NOT_RELEVANT -> s.isNotRelevant();
                case ALL_MET -> s.hasNumbers() && s.met().equals(s.total());
                case PARTLY_MET -> s.hasNumbers() && s.met().orElse(0) > 0 && !s.met().equals(s.total());
                case NONE_MET -> s.hasNumbers() && s.met().orElse(0) == 0;
                case INVALID -> false;
            };
        }
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final ObjectProperty<SubmissionState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<ScoreKind> score = new SimpleObjectProperty<>(ScoreKind.ALL);
    private final BooleanProperty onlyChanged = new SimpleBooleanProperty(false);
    private final BooleanBinding active = Bindings.createBooleanBinding(() -> !text.get().isBlank()
            || department.get() != null || state.get() != null || score.get() != ScoreKind.ALL || onlyChanged.get(),
            text, department, state, score, onlyChanged);

    /** Whether {@code row} passes every filter, judged by what it shows now (typed values included). */
    public boolean accepts(GridRow row) {
        if (department.get() != null && row.stored().department().id() != department.get().id()) {
            return false;
        }
        if (state.get() != null && row.stored().state() != state.get()) {
            return false;
        }
        ScoreKind kind = score.get() == null ? ScoreKind.ALL : score.get();
        if (!kind.accepts(row.violations().isEmpty() ? SubmissionRules.score(row.form()) : Optional.empty())) {
            return false;
        }
        if (onlyChanged.get() && !row.isDirty()) {
            return false;
        }
        String wanted = text.get().strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        for (GridColumn column : GridColumn.values()) {
            if (row.text(column).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Shows every row again. */
    public void clear() {
        text.set("");
        department.set(null);
        state.set(null);
        score.set(ScoreKind.ALL);
        onlyChanged.set(false);
    }

    /** What a listener must watch to filter again. */
    Observable[] dependencies() {
        return new Observable[] {text, department, state, score, onlyChanged};
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<SubmissionState> stateProperty() {
        return state;
    }

    public ObjectProperty<ScoreKind> scoreProperty() {
        return score;
    }

    public BooleanProperty onlyChangedProperty() {
        return onlyChanged;
    }

    /** Whether any filter hides rows. */
    public BooleanBinding activeProperty() {
        return active;
    }
}
