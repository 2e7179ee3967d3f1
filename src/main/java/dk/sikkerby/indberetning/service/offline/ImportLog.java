package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT_ROW;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** The log of returned workbooks read in (table offline_import): which file, and what each row became. */
final class ImportLog {

    /** One line of a file's log: the initiative, the outcome, the submission's version before and after. */
    record Entry(int initiativeId, String outcome, int versionBefore, int versionAfter) {
    }

    private final DSLContext dsl;

    ImportLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@code at}: the moment of the file's audit rows, which links them to this entry and so to the file. */
    void record(String fileName, Manifest manifest, List<Entry> entries, OffsetDateTime at) {
        int written = (int) entries.stream().filter(e -> !e.outcome().equals("CONFLICT_KEPT")).count();
        long id = dsl.insertInto(OFFLINE_IMPORT)
                .set(OFFLINE_IMPORT.IMPORTED_AT, at)
                .set(OFFLINE_IMPORT.FILE_NAME, fileName.length() > 1000 ? fileName.substring(0, 1000) : fileName)
                .set(OFFLINE_IMPORT.REPORT_YEAR, manifest.year())
                .set(OFFLINE_IMPORT.DEPARTMENT_CODE, manifest.departmentCode())
                .set(OFFLINE_IMPORT.ROWS_WRITTEN, written)
                .set(OFFLINE_IMPORT.ROWS_KEPT, entries.size() - written)
                .returning(OFFLINE_IMPORT.ID).fetchOne(OFFLINE_IMPORT.ID);
        for (Entry e : entries) {
            dsl.insertInto(OFFLINE_IMPORT_ROW)
                    .set(OFFLINE_IMPORT_ROW.IMPORT_ID, id)
                    .set(OFFLINE_IMPORT_ROW.INITIATIVE_ID, e.initiativeId())
                    .set(OFFLINE_IMPORT_ROW.OUTCOME, e.outcome())
                    .set(OFFLINE_IMPORT_ROW.VERSION_BEFORE, e.versionBefore())
                    .set(OFFLINE_IMPORT_ROW.VERSION_AFTER, e.versionAfter())
                    .execute();
        }
    }
}
