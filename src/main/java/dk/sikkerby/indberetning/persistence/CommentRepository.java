package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION_COMMENT;

import dk.sikkerby.indberetning.domain.Comment;
import dk.sikkerby.indberetning.domain.CommentKind;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** The comment threads of the submissions; like the audit trail, append and read only. */
public final class CommentRepository {

    private final DSLContext dsl;

    public CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(int year, int initiativeId, CommentKind kind, String body, String login, String name,
                       OffsetDateTime at) {
        dsl.insertInto(SUBMISSION_COMMENT)
                .set(SUBMISSION_COMMENT.REPORT_YEAR, year)
                .set(SUBMISSION_COMMENT.INITIATIVE_ID, initiativeId)
                .set(SUBMISSION_COMMENT.COMMENT_KIND, kind.name())
                .set(SUBMISSION_COMMENT.BODY, body)
                .set(SUBMISSION_COMMENT.AUTHOR_LOGIN, login)
                .set(SUBMISSION_COMMENT.AUTHOR_NAME, name)
                .set(SUBMISSION_COMMENT.CREATED_AT, at)
                .execute();
    }

    /** A submission's thread, oldest first. */
    public List<Comment> thread(int year, int initiativeId) {
        return dsl.selectFrom(SUBMISSION_COMMENT)
                .where(SUBMISSION_COMMENT.REPORT_YEAR.eq(year).and(SUBMISSION_COMMENT.INITIATIVE_ID.eq(initiativeId)))
                .orderBy(SUBMISSION_COMMENT.ID)
                .fetch(r -> new Comment(r.getId(), r.getReportYear(), r.getInitiativeId(),
                        CommentKind.valueOf(r.getCommentKind()), r.getBody(), r.getAuthorLogin(), r.getAuthorName(),
                        r.getCreatedAt()));
    }
}
