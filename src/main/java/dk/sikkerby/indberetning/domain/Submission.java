package dk.sikkerby.indberetning.domain;

import java.time.OffsetDateTime;

/** What is stored for one initiative and year; {@code version} counts the saves (optimistic locking). */
public record Submission(long id, int year, int initiativeId, Score score, RichText departmentNote,
                         RichText assessment, int version, OffsetDateTime updatedAt, SubmissionStatus status) {

    /** A submission in draft (for code that knows nothing of the workflow). */
    public Submission(long id, int year, int initiativeId, Score score, RichText departmentNote,
                      RichText assessment, int version, OffsetDateTime updatedAt) {
        this(id, year, initiativeId, score, departmentNote, assessment, version, updatedAt,
                SubmissionStatus.draft(updatedAt));
    }

    public SubmissionState state() {
        return status.state();
    }
}
