package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.persistence.generated.Tables.APP_META;
import static dk.sikkerby.indberetning.persistence.generated.Tables.AUDIT_ENTRY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT_ROW;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;

import org.jooq.DSLContext;

/** Everything an import could write (its audit rows too), as text, to show that a refused file wrote nothing. */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    static String of(DSLContext dsl) {
        return dsl.selectFrom(SUBMISSION).orderBy(SUBMISSION.ID).fetch().formatCSV()
                + dsl.selectFrom(OFFLINE_IMPORT).orderBy(OFFLINE_IMPORT.ID).fetch().formatCSV()
                + dsl.selectFrom(OFFLINE_IMPORT_ROW).fetch().formatCSV()
                + dsl.selectFrom(APP_META).orderBy(APP_META.META_KEY).fetch().formatCSV()
                + dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).fetch().formatCSV();
    }
}
