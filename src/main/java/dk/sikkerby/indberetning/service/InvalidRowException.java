package dk.sikkerby.indberetning.service;

/**
 * A save of several rows refused because of one row: carries that row's reason (its message key and
 * values, as a one-row save would give them) and the row's initiative name, so the user is told which.
 */
public final class InvalidRowException extends UserFacingException {

    private final String rowName;

    private InvalidRowException(String rowName, UserFacingException reason) {
        super(reason.key(), reason.args().toArray());
        this.rowName = rowName;
        initCause(reason);
    }

    public static InvalidRowException of(String rowName, UserFacingException reason) {
        return reason instanceof InvalidRowException already ? already : new InvalidRowException(rowName, reason);
    }

    /** The initiative's name of the row that was refused. */
    public String rowName() {
        return rowName;
    }
}
