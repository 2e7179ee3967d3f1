package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Times;

/** Someone else saved the submission since the user opened it; carries what is stored now and who stored it. */
public class ConcurrentEditException extends UserFacingException {

    private final transient Submission stored;
    private final String changedBy;

    public ConcurrentEditException(Submission stored) {
        super("submission.save.concurrent", stored.updatedAt());
        this.stored = stored;
        this.changedBy = "";
    }

    /** {@code changedBy}: the full name of whoever saved the stored version. */
    public ConcurrentEditException(Submission stored, String changedBy) {
        super("workflow.concurrent", changedBy, Times.dateTime(stored.updatedAt()));
        this.stored = stored;
        this.changedBy = changedBy;
    }

    public Submission stored() {
        return stored;
    }

    public String changedBy() {
        return changedBy;
    }
}
