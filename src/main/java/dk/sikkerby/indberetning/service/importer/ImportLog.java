package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.persistence.ImportLogRepository;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.service.importcore.Finding;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the record of one import: the run, its warnings and information, and the submissions it wrote. */
final class ImportLog {

    private static final int MAX_ARGS = 4000;

    private ImportLog() {
    }

    /**
     * {@code at}: the moment of the import, the same as its audit rows', which links them to this file;
     * {@code rewritten}: the written submissions that existed before the import.
     */
    static long write(Repositories tx, ParsedAppendix parsed, List<Finding> findings, boolean replaced,
                      Map<Long, Integer> writtenVersions, Set<Long> rewritten, OffsetDateTime at) {
        ImportLogRepository.Run run = new ImportLogRepository.Run(parsed.year(), parsed.fileName(), parsed.sha256(),
                parsed.encoding().map(Enum::name).orElse(""), replaced, at);
        List<ImportLogRepository.Finding> kept = findings.stream().filter(f -> !f.isError())
                .map(f -> new ImportLogRepository.Finding(f.line(), f.column(), f.severity().name(), f.key(),
                        arguments(f)))
                .toList();
        return tx.importLog().write(run, kept, writtenVersions, rewritten);
    }

    /** The finding's values as a JSON array, cut to the column's size. */
    private static String arguments(Finding finding) {
        JsonWriter json = new JsonWriter().beginArray();
        finding.args().forEach(json::value);
        String text = json.endArray().toString();
        return text.length() <= MAX_ARGS ? text : "[]";
    }
}
