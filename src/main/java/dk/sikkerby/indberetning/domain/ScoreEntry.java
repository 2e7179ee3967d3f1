package dk.sikkerby.indberetning.domain;

import java.util.Locale;
import java.util.Set;

/**
 * A score typed as one piece of text, as in the grid or pasted from Excel: "2/3", "Ikke relevant" (or a
 * short form: "ir", "i/r", "not relevant", "n/a"), or nothing (not scored yet). It becomes the same
 * {@link SubmissionForm} fields the editor form has, so {@link SubmissionRules} judges both alike:
 * "11/10", "2/x" or "3" are read as typed and refused there, with the form's messages.
 */
public final class ScoreEntry {

    /** What "not relevant" may be typed as, in either language, compared without case and spaces. */
    private static final Set<String> NOT_RELEVANT = Set.of(
            "ikkerelevant", "ir", "i/r", "i.r.", "notrelevant", "nr", "n/r", "n/a", "na");

    private ScoreEntry() {
    }

    /** The score fields {@code typed} stands for: met and total as typed, or not relevant. */
    public static Parsed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (isNotRelevant(text)) {
            return new Parsed("", "", true);
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new Parsed(text, "", false);
        }
        return new Parsed(text.substring(0, slash), text.substring(slash + 1), false);
    }

    private static boolean isNotRelevant(String text) {
        String squeezed = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return NOT_RELEVANT.contains(squeezed);
    }

    /** {@code score} as the grid shows it and {@link #parse} reads it back; {@code notRelevantText} in the user's language. */
    public static String format(Score score, String notRelevantText) {
        return score.isNotRelevant() ? notRelevantText : score.fraction();
    }

    /** The score fields of a typed score. */
    public record Parsed(String metText, String totalText, boolean notRelevant) {

        /** A form with these score fields and the given texts. */
        public SubmissionForm form(RichText departmentNote, RichText assessment) {
            return new SubmissionForm(metText, totalText, notRelevant, departmentNote, assessment);
        }
    }
}
