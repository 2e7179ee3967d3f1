package dk.sikkerby.indberetning.domain;

import java.time.OffsetDateTime;

/** What is stored for one initiative and year; {@code version} counts the saves (optimistic locking). */
public record Submission(long id, int year, int initiativeId, Score score, RichText departmentNote,
                         RichText assessment, int version, OffsetDateTime updatedAt) {
}
