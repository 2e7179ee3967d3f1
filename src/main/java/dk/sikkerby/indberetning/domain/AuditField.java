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
    LOCK_REASON("audit.field.lockReason"),
    /** The year's set-up (action "edit", initiative empty): title, label of the note column, a category "NAME (position)". */
    YEAR_TITLE("audit.field.yearTitle"),
    NOTE_LABEL("audit.field.noteLabel"),
    CATEGORY("audit.field.category"),
    /** An initiative's place in the year's table: "CATEGORY, position". */
    PLACEMENT("audit.field.placement"),
    /** The department an initiative belongs to (its code). */
    DEPARTMENT("audit.field.department"),
    /** The year's deadline (ISO date, empty: none) and whether coordinators see other departments ("true"/"false"). */
    DEADLINE("audit.field.deadline"),
    COORDINATORS_SEE_ALL("audit.field.coordinatorsSeeAll"),
    /** The year's traffic-light limits: "red max/green min" in percent. */
    TRAFFIC_LIGHTS("audit.field.trafficLights"),
    /**
     * One success criterion, by its number in the list: "2. text [OUTCOME: reason; MARKER]"; empty
     * before it was added or after it was removed (see {@link SuccessCriterion#auditValue()}).
     */
    CRITERION("audit.field.criterion"),
    /** The initiative this one continues under a new name (its name; decision 0701). */
    PREDECESSOR("audit.field.predecessor"),
    /**
     * The submissions an import created, as one row of the year (decision 1905): its value is an
     * {@link ImportAccount}; the history of each submission shows it as the field rows it stands for.
     */
    IMPORT_RUN("audit.field.importRun");

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

    /** Whether the field is the submission's own (score, texts, state), not the year's set-up. */
    public boolean isSubmission() {
        return this == SCORE || this == DEPARTMENT_NOTE || this == ASSESSMENT || this == STATE || this == CRITERION;
    }

    /** The storage form of a score for the audit trail. */
    public static String scoreValue(Score score) {
        if (score.isNotRelevant()) {
            return "NR";
        }
        return score.isMissing() ? "" : score.fraction();
    }
}
