package dk.sikkerby.indberetning.service.importcore;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;

/**
 * One field whose stored value differs from the file's, typed by what the field holds: a score, a
 * text (a note or an assessment), a name (title, note header, category) or a place in a category.
 * A report shows the values through {@link #shown}, one way of showing per kind of value.
 */
public sealed interface FieldChange permits FieldChange.OfScore, FieldChange.OfText, FieldChange.OfName,
        FieldChange.OfPosition {

    ChangedField field();

    /** The stored value and the file's, each as {@code shown} shows its kind of value. */
    <T> Shown<T> shown(Values<T> shown);

    /** How a report shows each kind of value. */
    interface Values<T> {
        T score(Score score);

        T text(RichText text);

        T name(String name);

        T position(int position);
    }

    /** A value before (stored) and after (the file's), as a report shows them. */
    record Shown<T>(T stored, T imported) {
    }

    record OfScore(Score stored, Score imported) implements FieldChange {
        public ChangedField field() {
            return ChangedField.SCORE;
        }

        public <T> Shown<T> shown(Values<T> shown) {
            return new Shown<>(shown.score(stored), shown.score(imported));
        }
    }

    /** {@code field}: the department note or the assessment. */
    record OfText(ChangedField field, RichText stored, RichText imported) implements FieldChange {
        public OfText {
            if (field != ChangedField.DEPARTMENT_NOTE && field != ChangedField.ASSESSMENT) {
                throw new IllegalArgumentException("not a text field: " + field);
            }
        }

        public <T> Shown<T> shown(Values<T> shown) {
            return new Shown<>(shown.text(stored), shown.text(imported));
        }
    }

    /** {@code field}: the year's title or note header, or the initiative's category. */
    record OfName(ChangedField field, String stored, String imported) implements FieldChange {
        public OfName {
            if (field != ChangedField.TITLE && field != ChangedField.NOTE_LABEL && field != ChangedField.CATEGORY) {
                throw new IllegalArgumentException("not a name: " + field);
            }
        }

        public <T> Shown<T> shown(Values<T> shown) {
            return new Shown<>(shown.name(stored), shown.name(imported));
        }
    }

    record OfPosition(int stored, int imported) implements FieldChange {
        public ChangedField field() {
            return ChangedField.POSITION;
        }

        public <T> Shown<T> shown(Values<T> shown) {
            return new Shown<>(shown.position(stored), shown.position(imported));
        }
    }
}
