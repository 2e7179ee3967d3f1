package dk.sikkerby.indberetning.domain;

/**
 * Where a submission is in its life: not started → draft → submitted → returned → draft … → submitted →
 * approved; an approved one can be reopened (back to returned) with a reason.
 */
public enum SubmissionState {
    NOT_STARTED("state.notStarted", "○"),
    DRAFT("state.draft", "✎"),
    SUBMITTED("state.submitted", "➜"),
    RETURNED("state.returned", "↩"),
    APPROVED("state.approved", "✔");

    private final String key;
    private final String icon;

    SubmissionState(String key, String icon) {
        this.key = key;
        this.icon = icon;
    }

    /** The bundle key of the state's name. */
    public String key() {
        return key;
    }

    /** A symbol shown beside the name, so the state does not depend on colour alone. */
    public String icon() {
        return icon;
    }

    /** Whether the department may still change its score and note. */
    public boolean isOpenForDepartment() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
