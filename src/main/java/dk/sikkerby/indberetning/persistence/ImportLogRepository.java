package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORTED_SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_FINDING;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_RUN;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The record of appendix imports (tables import_run, import_finding, imported_submission): each run,
 * its warnings and information, and which version of each submission it wrote.
 */
public final class ImportLogRepository {

    static final int CHUNK = 500;

    /** One import: the file, its year, how it was read, whether it replaced edited rows, when. */
    public record Run(int year, String fileName, String sha256, String encoding, boolean replaced,
                      OffsetDateTime at) {
    }

    /** A finding kept with the run: where, how severe, its message key and its values as a JSON array. */
    public record Finding(int line, int column, String severity, String key, String argumentsJson) {
    }

    private final DSLContext dsl;

    public ImportLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Writes the run, its findings, and the versions it wrote; returns the run's id. {@code rewritten}: the
     * submissions among them that existed before this import, whose earlier entry this one replaces; the others
     * were created in this transaction and have none (issue 19: no delete for each of 10,000 new rows).
     */
    public long write(Run run, List<Finding> findings, Map<Long, Integer> writtenVersions, Set<Long> rewritten) {
        long id = dsl.insertInto(IMPORT_RUN, IMPORT_RUN.REPORT_YEAR, IMPORT_RUN.FILE_NAME, IMPORT_RUN.FILE_SHA256,
                        IMPORT_RUN.ENCODING, IMPORT_RUN.REPLACED, IMPORT_RUN.IMPORTED_AT)
                .values(run.year(), shorten(run.fileName(), 1000), run.sha256(), run.encoding(), run.replaced(),
                        run.at())
                .returning(IMPORT_RUN.ID).fetchOne(IMPORT_RUN.ID);
        if (!findings.isEmpty()) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(IMPORT_FINDING, IMPORT_FINDING.IMPORT_ID,
                    IMPORT_FINDING.POSITION, IMPORT_FINDING.LINE_NO, IMPORT_FINDING.COLUMN_NO, IMPORT_FINDING.SEVERITY,
                    IMPORT_FINDING.MESSAGE_KEY, IMPORT_FINDING.MESSAGE_ARGS)
                    .values((Long) null, null, null, null, null, null, null));
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                batch.bind(id, i + 1, f.line(), f.column(), f.severity(), f.key(), f.argumentsJson());
            }
            batch.execute();
        }
        List<Long> submissions = new ArrayList<>(writtenVersions.keySet());
        for (int from = 0; from < submissions.size(); from += CHUNK) {
            List<Long> chunk = submissions.subList(from, Math.min(submissions.size(), from + CHUNK));
            List<Long> earlier = chunk.stream().filter(rewritten::contains).toList();
            if (!earlier.isEmpty()) {
                dsl.deleteFrom(IMPORTED_SUBMISSION).where(IMPORTED_SUBMISSION.SUBMISSION_ID.in(earlier)).execute();
            }
            JdbcBatch.execute(dsl, dsl.insertInto(IMPORTED_SUBMISSION, IMPORTED_SUBMISSION.SUBMISSION_ID,
                    IMPORTED_SUBMISSION.IMPORT_ID, IMPORTED_SUBMISSION.VERSION).values((Long) null, null, null), chunk,
                    (v, s) -> v.bigint(s).bigint(id).integer(writtenVersions.get(s)));
        }
        return id;
    }

    /** For each submission of {@code year} an import wrote: the version it wrote. */
    public Map<Long, Integer> importedVersions(int year) {
        Map<Long, Integer> imported = new HashMap<>();
        dsl.select(IMPORTED_SUBMISSION.SUBMISSION_ID, IMPORTED_SUBMISSION.VERSION)
                .from(IMPORTED_SUBMISSION).join(SUBMISSION).on(SUBMISSION.ID.eq(IMPORTED_SUBMISSION.SUBMISSION_ID))
                .where(SUBMISSION.REPORT_YEAR.eq(year))
                .forEach(r -> imported.put(r.value1(), r.value2()));
        return imported;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
