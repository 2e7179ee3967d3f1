package dk.sikkerby.indberetning.persistence;

/**
 * A save found another version of the submission than the one the user started from: someone else
 * saved in between. Nothing was written.
 */
public class StaleSubmissionException extends RuntimeException {

    private final int year;
    private final int initiativeId;

    public StaleSubmissionException(int year, int initiativeId) {
        super("Submission for initiative " + initiativeId + " in " + year + " was changed by someone else");
        this.year = year;
        this.initiativeId = initiativeId;
    }

    public int year() {
        return year;
    }

    public int initiativeId() {
        return initiativeId;
    }
}
