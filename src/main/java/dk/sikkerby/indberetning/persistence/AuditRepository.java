package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.AUDIT_ENTRY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_RUN;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT_ROW;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.ImportAccount;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.BatchBindStep;
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

    /** Rows to append in one JDBC batch per {@value #CHUNK}: the importer writes tens of thousands. */
    private static final int CHUNK = 500;

    public void appendAll(List<NewEntry> entries) {
        for (int from = 0; from < entries.size(); from += CHUNK) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.REPORT_YEAR,
                    AUDIT_ENTRY.INITIATIVE_ID, AUDIT_ENTRY.AUDIT_ACTION, AUDIT_ENTRY.FIELD_NAME, AUDIT_ENTRY.OLD_VALUE,
                    AUDIT_ENTRY.NEW_VALUE, AUDIT_ENTRY.ACTOR_LOGIN, AUDIT_ENTRY.ACTOR_NAME, AUDIT_ENTRY.CHANGED_AT)
                    .values((Integer) null, null, null, null, null, null, null, null, null));
            for (NewEntry e : entries.subList(from, Math.min(entries.size(), from + CHUNK))) {
                batch.bind(e.year(), e.initiativeId(), e.action().name(), e.field().name(), e.oldValue(), e.newValue(),
                        e.actorLogin(), e.actorName(), e.at());
            }
            batch.execute();
        }
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

    /**
     * One submission's trail, oldest first. The creation of the submission by an import is stored once
     * for all the submissions the import created ({@link ImportAccount}, decision 1905) and is shown here
     * as the rows it stands for: one IMPORT row per field the import filled (from empty to its value as
     * imported) and the state row from "not started" to draft, all with the import row's id, moment and
     * actor.
     */
    public List<AuditEntry> forSubmission(int year, int initiativeId) {
        List<AuditEntry> stored = dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.REPORT_YEAR.eq(year).and(AUDIT_ENTRY.INITIATIVE_ID.eq(initiativeId)))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(AuditRepository::map);
        List<AuditEntry> creations = importAccounts(year).stream()
                .filter(a -> ImportAccount.parse(a.newValue()).map(x -> x.covers(initiativeId)).orElse(false))
                .toList();
        if (creations.isEmpty()) {
            return stored;
        }
        List<AuditEntry> all = new ArrayList<>(stored);
        Optional<Submission> now = new SubmissionRepository(dsl).find(year, initiativeId);
        for (AuditEntry account : creations) {
            all.addAll(created(account, initiativeId, stored, now));
        }
        all.sort(Comparator.comparingLong(AuditEntry::id));
        return all;
    }

    /** The rows of the import accounts of {@code year} ({@link AuditField#IMPORT_RUN}), oldest first. */
    public List<AuditEntry> importAccounts(int year) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.REPORT_YEAR.eq(year).and(AUDIT_ENTRY.INITIATIVE_ID.isNull())
                        .and(AUDIT_ENTRY.FIELD_NAME.eq(AuditField.IMPORT_RUN.name())))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(AuditRepository::map);
    }

    /**
     * What an import row says of one submission it created: each field went from empty to the value the
     * oldest later row of that field had before (every later change is audited with its old value), or,
     * if none, to the value stored now.
     */
    private static List<AuditEntry> created(AuditEntry account, int initiativeId, List<AuditEntry> stored,
                                            Optional<Submission> now) {
        Map<AuditField, String> current = new EnumMap<>(AuditField.class);
        now.ifPresent(s -> {
            current.put(AuditField.SCORE, AuditField.scoreValue(s.score()));
            current.put(AuditField.DEPARTMENT_NOTE, s.departmentNote().toStorage());
            current.put(AuditField.ASSESSMENT, s.assessment().toStorage());
            current.put(AuditField.STATE, s.state().name());
        });
        List<AuditEntry> rows = new ArrayList<>();
        for (AuditField field : List.of(AuditField.SCORE, AuditField.DEPARTMENT_NOTE, AuditField.ASSESSMENT,
                AuditField.STATE)) {
            String before = field == AuditField.STATE ? SubmissionState.NOT_STARTED.name() : "";
            String imported = stored.stream().filter(e -> e.id() > account.id() && e.field() == field).findFirst()
                    .map(AuditEntry::oldValue).orElse(current.getOrDefault(field, before));
            if (!before.equals(imported)) {
                rows.add(new AuditEntry(account.id(), account.year(), Optional.of(initiativeId),
                        field == AuditField.STATE ? AuditAction.STATE_CHANGE : account.action(), field, before, imported,
                        account.actorLogin(), account.actorName(), account.changedAt()));
            }
        }
        return rows;
    }

    /** The year's own trail (lock, unlock, set-up), oldest first; the import accounts are in the submissions' trails. */
    public List<AuditEntry> forYear(int year) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.REPORT_YEAR.eq(year).and(AUDIT_ENTRY.INITIATIVE_ID.isNull())
                        .and(AUDIT_ENTRY.FIELD_NAME.ne(AuditField.IMPORT_RUN.name())))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(AuditRepository::map);
    }

    /**
     * The files a submission's imported changes came from, by the moment of the change: an import
     * (table import_run) and a returned workbook (offline_import) write their log with the same moment
     * as their audit rows, so the log names the file of each IMPORT and TEMPLATE_RETURN row.
     */
    public Map<Instant, String> sourceFiles(int year, int initiativeId) {
        Map<Instant, String> files = new HashMap<>();
        dsl.select(IMPORT_RUN.IMPORTED_AT, IMPORT_RUN.FILE_NAME).from(IMPORT_RUN)
                .where(IMPORT_RUN.REPORT_YEAR.eq(year))
                .forEach(r -> files.put(r.value1().toInstant(), r.value2()));
        dsl.select(OFFLINE_IMPORT.IMPORTED_AT, OFFLINE_IMPORT.FILE_NAME).from(OFFLINE_IMPORT)
                .join(OFFLINE_IMPORT_ROW).on(OFFLINE_IMPORT_ROW.IMPORT_ID.eq(OFFLINE_IMPORT.ID))
                .where(OFFLINE_IMPORT.REPORT_YEAR.eq(year).and(OFFLINE_IMPORT_ROW.INITIATIVE_ID.eq(initiativeId)))
                .forEach(r -> files.put(r.value1().toInstant(), r.value2()));
        return files;
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
