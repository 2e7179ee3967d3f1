package dk.sikkerby.indberetning.domain;

/** Which action made a change in the audit trail. */
public enum AuditAction {
    EDIT("audit.action.edit"),
    IMPORT("audit.action.import"),
    STATE_CHANGE("audit.action.stateChange"),
    TEMPLATE_RETURN("audit.action.templateReturn"),
    YEAR_LOCK("audit.action.yearLock"),
    YEAR_UNLOCK("audit.action.yearUnlock");

    private final String key;

    AuditAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
