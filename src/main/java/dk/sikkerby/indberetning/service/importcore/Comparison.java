package dk.sikkerby.indberetning.service.importcore;

import java.util.List;

/**
 * A stored submission beside what a file says about it, and what that means for writing it. Both
 * imports decide alike: nothing differs, so nothing is written; the stored submission changed since
 * the file was made (by an edit in the app, or another import), so the file must not overwrite it
 * unasked; otherwise the file's values are new or a change.
 */
public record Comparison(Verdict verdict, List<FieldChange> changes) {

    public enum Verdict {
        /** No submission is stored; the file's is written. */
        NEW,
        /** The stored submission is as the file last saw it; the file's changes are written. */
        CHANGED,
        /** The file says what is stored. */
        UNCHANGED,
        /**
         * The stored submission changed since the file was made, and the file changes it too: the
         * appendix import keeps the stored one (decision 0102), a returned workbook asks (decision 0302).
         */
        CHANGED_SINCE
    }

    public Comparison {
        changes = List.copyOf(changes);
    }

    /**
     * {@code stored}: what the database holds (a missing score and empty texts when {@code exists} is
     * false); {@code changedSince}: whether the stored submission moved since the file was made.
     */
    public static Comparison of(SubmissionFields stored, boolean exists, SubmissionFields file, boolean changedSince) {
        List<FieldChange> changes = file.changesFrom(stored);
        if (changes.isEmpty()) {
            return new Comparison(Verdict.UNCHANGED, changes);
        }
        if (changedSince) {
            return new Comparison(Verdict.CHANGED_SINCE, changes);
        }
        return new Comparison(exists ? Verdict.CHANGED : Verdict.NEW, changes);
    }
}
