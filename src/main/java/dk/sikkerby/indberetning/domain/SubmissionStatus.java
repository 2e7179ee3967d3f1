package dk.sikkerby.indberetning.domain;

import java.time.OffsetDateTime;

/** A stored submission's state, and when and by whom (login) it last changed state. */
public record SubmissionStatus(SubmissionState state, OffsetDateTime changedAt, String changedBy) {

    public static SubmissionStatus draft(OffsetDateTime at) {
        return new SubmissionStatus(SubmissionState.DRAFT, at, "");
    }
}
