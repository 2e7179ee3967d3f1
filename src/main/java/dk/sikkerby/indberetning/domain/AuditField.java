package dk.sikkerby.indberetning.domain;

/** The things whose changes the audit trail records; values are kept in their storage form. */
public enum AuditField {
    /** "2/3", "NR" (not relevant) or "" (missing). */
    SCORE("audit.field.score"),
    /** Rich text in storage form. */
    DEPARTMENT_NOTE("audit.field.departmentNote"),
    ASSESSMENT("audit.field.assessment"),
    /** A {@link SubmissionState} name; a comment given with the change is in the comment thread. */
    STATE("audit.field.state"),
    /** The year's lock: "true"/"false"; the reason is the new value of {@link #LOCK_REASON}. */
    YEAR_LOCKED("audit.field.yearLocked"),
    LOCK_REASON("audit.field.lockReason");

    private final String key;

    AuditField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the values are rich text (shown as text, not as the storage form). */
    public boolean isRichText() {
        return this == DEPARTMENT_NOTE || this == ASSESSMENT;
    }

    /** The storage form of a score for the audit trail. */
    public static String scoreValue(Score score) {
        if (score.isNotRelevant()) {
            return "NR";
        }
        return score.isMissing() ? "" : score.fraction();
    }
}
