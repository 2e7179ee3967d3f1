package dk.sikkerby.indberetning.domain;

/** What a signed-in person may do (see the rights matrix in {@code service.workflow.Rights}). */
public enum Role {
    /** Enters and submits their own department's scores and notes. */
    COORDINATOR("role.coordinator"),
    /** The Sikker By secretariat: assesses, returns, approves, exports. */
    REVIEWER("role.reviewer"),
    /** Sets up years, departments, initiatives and users; locks and unlocks a year. */
    ADMINISTRATOR("role.administrator");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The bundle key of the role's name. */
    public String key() {
        return key;
    }
}
