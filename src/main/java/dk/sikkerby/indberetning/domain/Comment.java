package dk.sikkerby.indberetning.domain;

import java.time.OffsetDateTime;

/** One message in a submission's comment thread. */
public record Comment(long id, int year, int initiativeId, CommentKind kind, String body, String authorLogin,
                      String authorName, OffsetDateTime createdAt) {
}
