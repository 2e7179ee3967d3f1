package dk.sikkerby.indberetning.service.importer;

import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_RUN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2021 appendix shipped inside the app: exactly the committee's file, and imported through the
 * same reading, planning, log and audit as that file (decision 2000).
 */
class BundledExampleTest {

    /** The public committee appendix for 2021 as published: "Bilag 1: Indsatsernes målopfyldelse for 2021". */
    private static final String COMMITTEE_FILE_SHA256 = "9d0036f9da9316cdf6c14a6ed642c21c38cc86414327f7788ddf1ed7b4262e6a";
    private static final ImportRequest IMPORT = new ImportRequest(Optional.empty(), false, false);

    @TempDir
    Path dir;
    private Database database;
    private ImportService importer;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        importer = new ImportService(database.store());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theAppShipsTheCommitteeFileFor2021Unchanged() throws Exception {
        assertEquals(List.of(2021), BundledExample.years());
        assertEquals(Optional.of(BundledExample.YEAR_2021), BundledExample.forYear(2021));
        assertEquals(Optional.empty(), BundledExample.forYear(2020));
        byte[] bytes = BundledExample.YEAR_2021.bytes();
        assertEquals(COMMITTEE_FILE_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                "the file's bytes, line breaks included, are the committee's");
        assertArrayEquals(Files.readAllBytes(Sample2021.path()), bytes, "the tests read the file the app ships");
    }

    @Test
    void theExampleImportsAsTheFileDoesAndTheFileAfterItChangesNothing() {
        ImportResult preview = importer.preview(TestActors.administrator(), BundledExample.YEAR_2021, Optional.empty(),
                Progress.NONE);
        assertEquals(Outcome.DRY_RUN, preview.outcome(), () -> preview.findings().toString());
        assertEquals(0, new AuditRepository(database.dsl()).count(), "a preview writes nothing");

        ImportResult result = importer.apply(TestActors.administrator(), preview, false, Progress.NONE);

        assertEquals(Outcome.IMPORTED, result.outcome());
        assertEquals(25, new SubmissionService(database.store()).loadYear(2021).rows().size());
        assertEquals("bilag1-2021.txt", result.parsed().fileName());
        assertEquals(List.of("bilag1-2021.txt"), database.dsl().select(IMPORT_RUN.FILE_NAME).from(IMPORT_RUN)
                .fetch(IMPORT_RUN.FILE_NAME));
        assertEquals(List.of(COMMITTEE_FILE_SHA256), database.dsl().select(IMPORT_RUN.FILE_SHA256).from(IMPORT_RUN)
                .fetch(IMPORT_RUN.FILE_SHA256));
        AuditRepository audit = new AuditRepository(database.dsl());
        assertEquals(1, audit.count(), "one audit row accounts for the 25 new submissions (decision 1905)");
        assertTrue(new SubmissionService(database.store()).loadYear(2021).rows().stream()
                .allMatch(r -> audit.forSubmission(2021, r.initiativeId()).size() > 1),
                "every imported field is in each submission's trail");
        assertEquals(Outcome.NOTHING_TO_CHANGE,
                importer.run(TestActors.administrator(), Sample2021.path(), IMPORT, Progress.NONE).outcome());
    }

    @Test
    void onlyAnAdministratorLoadsTheExample() {
        assertThrows(UserFacingException.class, () -> importer.run(TestActors.reviewer(), BundledExample.YEAR_2021,
                IMPORT, Progress.NONE));
        assertEquals(0, database.dsl().fetchCount(IMPORT_RUN));
    }
}
