package dk.sikkerby.indberetning.service.importer;

import static dk.sikkerby.indberetning.persistence.generated.Tables.APP_META;
import static dk.sikkerby.indberetning.persistence.generated.Tables.AUDIT_ENTRY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.CATEGORY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORTED_SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_FINDING;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_RUN;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;

/** Every row of every table as text, to show that a refused import left the database exactly as it was. */
final class DatabaseSnapshot {

    private static final List<Table<?>> TABLES = List.of(APP_META, DEPARTMENT, REPORT_YEAR, CATEGORY, INITIATIVE,
            YEAR_INITIATIVE, SUBMISSION, IMPORT_RUN, IMPORT_FINDING, IMPORTED_SUBMISSION, AUDIT_ENTRY);

    private DatabaseSnapshot() {
    }

    static String of(DSLContext dsl) {
        StringBuilder out = new StringBuilder();
        for (Table<?> table : TABLES) {
            out.append(table.getName()).append('\n')
                    .append(dsl.selectFrom(table).orderBy(table.fields()).fetch().formatCSV());
        }
        return out.toString();
    }
}
