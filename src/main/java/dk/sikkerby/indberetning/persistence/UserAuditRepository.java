package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.USER_AUDIT_ENTRY;

import dk.sikkerby.indberetning.domain.UserChange;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The users' history. Append and read only, like {@link AuditRepository}: there is no method that changes
 * or deletes a row. Callers append inside the transaction of the change.
 */
public final class UserAuditRepository {

    private final DSLContext dsl;

    public UserAuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What an appended row says; the id is chosen by the database. */
    public record NewUserChange(String subjectLogin, String subjectName, UserChange.Kind kind, UserChange.Field field,
                                String oldValue, String newValue, String actorLogin, String actorName,
                                OffsetDateTime at) {
    }

    public void append(NewUserChange c) {
        dsl.insertInto(USER_AUDIT_ENTRY)
                .set(USER_AUDIT_ENTRY.SUBJECT_LOGIN, c.subjectLogin())
                .set(USER_AUDIT_ENTRY.SUBJECT_NAME, c.subjectName())
                .set(USER_AUDIT_ENTRY.AUDIT_ACTION, c.kind().name())
                .set(USER_AUDIT_ENTRY.FIELD_NAME, c.field().name())
                .set(USER_AUDIT_ENTRY.OLD_VALUE, c.oldValue())
                .set(USER_AUDIT_ENTRY.NEW_VALUE, c.newValue())
                .set(USER_AUDIT_ENTRY.ACTOR_LOGIN, c.actorLogin())
                .set(USER_AUDIT_ENTRY.ACTOR_NAME, c.actorName())
                .set(USER_AUDIT_ENTRY.CHANGED_AT, c.at())
                .execute();
    }

    /** One user's history, oldest first. */
    public List<UserChange> forUser(String login) {
        return dsl.selectFrom(USER_AUDIT_ENTRY).where(USER_AUDIT_ENTRY.SUBJECT_LOGIN.eq(login))
                .orderBy(USER_AUDIT_ENTRY.ID).fetch(UserAuditRepository::map);
    }

    private static UserChange map(Record r) {
        return new UserChange(r.get(USER_AUDIT_ENTRY.ID), r.get(USER_AUDIT_ENTRY.SUBJECT_LOGIN),
                r.get(USER_AUDIT_ENTRY.SUBJECT_NAME), UserChange.Kind.valueOf(r.get(USER_AUDIT_ENTRY.AUDIT_ACTION)),
                UserChange.Field.valueOf(r.get(USER_AUDIT_ENTRY.FIELD_NAME)), r.get(USER_AUDIT_ENTRY.OLD_VALUE),
                r.get(USER_AUDIT_ENTRY.NEW_VALUE), r.get(USER_AUDIT_ENTRY.ACTOR_LOGIN),
                r.get(USER_AUDIT_ENTRY.ACTOR_NAME), r.get(USER_AUDIT_ENTRY.CHANGED_AT));
    }
}
