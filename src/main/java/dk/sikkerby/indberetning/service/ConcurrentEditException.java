package dk.sikkerby.indberetning.service;

import dk.sikkerby.indberetning.domain.Submission;

/** Someone else saved the submission since the user opened it; carries what is stored now. */
public class ConcurrentEditException extends UserFacingException {

    private final transient Submission stored;

    public ConcurrentEditException(Submission stored) {
        super("submission.save.concurrent", stored.updatedAt());
        this.stored = stored;
    }

    public Submission stored() {
        return stored;
    }
}
