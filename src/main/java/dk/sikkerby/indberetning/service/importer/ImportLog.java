package dk.sikkerby.indberetning.service.importer;

import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORTED_SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_FINDING;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_RUN;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** Writes the record of one import: the run, its warnings and information, and the submissions it wrote. */
final class ImportLog {

    private static final int MAX_ARGS = 4000;

    private ImportLog() {
    }

    /** {@code at}: the moment of the import, the same as its audit rows', which links them to this file. */
    static long write(DSLContext dsl, ParsedAppendix parsed, List<Finding> findings, boolean replaced,
                      Map<Long, Integer> writtenVersions, OffsetDateTime at) {
        long id = dsl.insertInto(IMPORT_RUN, IMPORT_RUN.REPORT_YEAR, IMPORT_RUN.FILE_NAME, IMPORT_RUN.FILE_SHA256,
                        IMPORT_RUN.ENCODING, IMPORT_RUN.REPLACED, IMPORT_RUN.IMPORTED_AT)
                .values(parsed.year(), shorten(parsed.fileName(), 1000), parsed.sha256(),
                        parsed.encoding().map(Enum::name).orElse(""), replaced, at)
                .returning(IMPORT_RUN.ID).fetchOne(IMPORT_RUN.ID);
        List<Finding> kept = findings.stream().filter(f -> !f.isError()).toList();
        if (!kept.isEmpty()) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(IMPORT_FINDING, IMPORT_FINDING.IMPORT_ID,
                    IMPORT_FINDING.POSITION, IMPORT_FINDING.LINE_NO, IMPORT_FINDING.COLUMN_NO, IMPORT_FINDING.SEVERITY,
                    IMPORT_FINDING.MESSAGE_KEY, IMPORT_FINDING.MESSAGE_ARGS)
                    .values((Long) null, null, null, null, null, null, null));
            for (int i = 0; i < kept.size(); i++) {
                Finding f = kept.get(i);
                batch.bind(id, i + 1, f.line(), f.column(), f.severity().name(), f.key(), arguments(f));
            }
            batch.execute();
        }
        List<Long> submissions = new ArrayList<>(writtenVersions.keySet());
        for (int from = 0; from < submissions.size(); from += ImportWriter.CHUNK) {
            List<Long> chunk = submissions.subList(from, Math.min(submissions.size(), from + ImportWriter.CHUNK));
            dsl.deleteFrom(IMPORTED_SUBMISSION).where(IMPORTED_SUBMISSION.SUBMISSION_ID.in(chunk)).execute();
            BatchBindStep batch = dsl.batch(dsl.insertInto(IMPORTED_SUBMISSION, IMPORTED_SUBMISSION.SUBMISSION_ID,
                    IMPORTED_SUBMISSION.IMPORT_ID, IMPORTED_SUBMISSION.VERSION).values((Long) null, null, null));
            chunk.forEach(s -> batch.bind(s, id, writtenVersions.get(s)));
            batch.execute();
        }
        return id;
    }

    /** The finding's values as a JSON array, cut to the column's size. */
    private static String arguments(Finding finding) {
        JsonWriter json = new JsonWriter().beginArray();
        finding.args().forEach(json::value);
        String text = json.endArray().toString();
        return text.length() <= MAX_ARGS ? text : "[]";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
