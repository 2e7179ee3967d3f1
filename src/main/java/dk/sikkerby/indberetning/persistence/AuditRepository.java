package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.AUDIT_ENTRY;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The audit trail. Append and read only: there is deliberately no method that changes or deletes a
 * row (AuditTrailTest checks that none appears). Callers append inside the transaction of the change.
 */
public final class AuditRepository {

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What an appended row says; the id and nothing else is chosen by the database. */
    public record NewEntry(int year, Integer initiativeId, AuditAction action, AuditField field, String oldValue,
                           String newValue, String actorLogin, String actorName, OffsetDateTime at) {
    }

    public void append(NewEntry e) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.REPORT_YEAR, e.year())
                .set(AUDIT_ENTRY.INITIATIVE_ID, e.initiativeId())
                .set(AUDIT_ENTRY.AUDIT_ACTION, e.action().name())
                .set(AUDIT_ENTRY.FIELD_NAME, e.field().name())
                .set(AUDIT_ENTRY.OLD_VALUE, e.oldValue())
                .set(AUDIT_ENTRY.NEW_VALUE, e.newValue())
                .set(AUDIT_ENTRY.ACTOR_LOGIN, e.actorLogin())
                .set(AUDIT_ENTRY.ACTOR_NAME, e.actorName())
                .set(AUDIT_ENTRY.CHANGED_AT, e.at())
                .execute();
    }

    /** One submission's trail, oldest first. */
    public List<AuditEntry> forSubmission(int year, int initiativeId) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.REPORT_YEAR.eq(year).and(AUDIT_ENTRY.INITIATIVE_ID.eq(initiativeId)))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(AuditRepository::map);
    }

    /** The year's own trail (lock, unlock), oldest first. */
    public List<AuditEntry> forYear(int year) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.REPORT_YEAR.eq(year).and(AUDIT_ENTRY.INITIATIVE_ID.isNull()))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(AuditRepository::map);
    }

    public int count() {
        return dsl.fetchCount(AUDIT_ENTRY);
    }

    private static AuditEntry map(Record r) {
        return new AuditEntry(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.REPORT_YEAR),
                Optional.ofNullable(r.get(AUDIT_ENTRY.INITIATIVE_ID)),
                AuditAction.valueOf(r.get(AUDIT_ENTRY.AUDIT_ACTION)), AuditField.valueOf(r.get(AUDIT_ENTRY.FIELD_NAME)),
                r.get(AUDIT_ENTRY.OLD_VALUE), r.get(AUDIT_ENTRY.NEW_VALUE), r.get(AUDIT_ENTRY.ACTOR_LOGIN),
                r.get(AUDIT_ENTRY.ACTOR_NAME), r.get(AUDIT_ENTRY.CHANGED_AT));
    }
}
