package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportResult;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.importer.Outcome;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real 2021 appendix imported into an H2 file as the command line imports it (the way
 * {@link ImportExportRoundTripTest} does), then exported in the formats asked for.
 */
final class Appendix2021 {

    static final int YEAR = 2021;

    private Appendix2021() {
    }

    /** Imports the 2021 appendix into a database under {@code dir} and writes one file per request. */
    static void export(Path dir, ExportRequest... requests) {
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            ImportResult imported = new ImportService(db.store()).run(TestActors.administrator(), OriginalAppendix.path(),
                    new ImportRequest(Optional.empty(), false, false), Progress.NONE);
            assertEquals(Outcome.IMPORTED, imported.outcome(), () -> imported.findings().toString());
            ExportService export = TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH));
            for (ExportRequest request : requests) {
                export.export(TestActors.administrator(), request, Progress.NONE);
            }
        }
    }

    /** Imports the 2021 appendix into a database under {@code dir} and returns the year's table as the export reads it. */
    static ExportContent content(Path dir) {
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            ImportResult imported = new ImportService(db.store()).run(TestActors.administrator(), OriginalAppendix.path(),
                    new ImportRequest(Optional.empty(), false, false), Progress.NONE);
            assertEquals(Outcome.IMPORTED, imported.outcome(), () -> imported.findings().toString());
            return new ExportContent(new SubmissionService(db.store()).loadYear(YEAR), Optional.empty());
        }
    }

    static ExportRequest request(ExportFormat format, Path file) {
        return new ExportRequest(YEAR, format, file, Optional.empty(), false, CsvDialect.COMMA);
    }
}
