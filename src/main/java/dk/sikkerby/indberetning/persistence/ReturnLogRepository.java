package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT_ROW;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** The log of returned workbooks read in (tables offline_import, offline_import_row). */
public final class ReturnLogRepository {

    /** One line of a file's log: the initiative, the outcome, the submission's version before and after. */
    public record Entry(int initiativeId, String outcome, int versionBefore, int versionAfter) {
    }

    /** What one returned file was: its name, year, department and how many rows were written and kept. */
    public record File(String fileName, int year, String departmentCode, int rowsWritten, int rowsKept,
                       OffsetDateTime at) {
    }

    private final DSLContext dsl;

    public ReturnLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(File file, List<Entry> entries) {
        String name = file.fileName();
        long id = dsl.insertInto(OFFLINE_IMPORT)
                .set(OFFLINE_IMPORT.IMPORTED_AT, file.at())
                .set(OFFLINE_IMPORT.FILE_NAME, name.length() > 1000 ? name.substring(0, 1000) : name)
                .set(OFFLINE_IMPORT.REPORT_YEAR, file.year())
                .set(OFFLINE_IMPORT.DEPARTMENT_CODE, file.departmentCode())
                .set(OFFLINE_IMPORT.ROWS_WRITTEN, file.rowsWritten())
                .set(OFFLINE_IMPORT.ROWS_KEPT, file.rowsKept())
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
