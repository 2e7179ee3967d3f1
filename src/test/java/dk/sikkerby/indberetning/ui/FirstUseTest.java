package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.export.ExportFixture;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export and the import readied while the user signs in (decision 1907): nothing is written, on a database
 * with a year or without one, and a failure (here: the database closed under it) is not the user's concern.
 */
class FirstUseTest {

    private static final Messages DANISH = Messages.forLocale(Messages.DANISH);

    @TempDir
    Path dir;

    @Test
    void readyingTheExportAndTheImportWritesNothing() throws IOException {
        try (Database db = TestDatabase.open(dir)) {
            ExportFixture.create(db.dsl());
            Services services = Services.on(db, DANISH);
            YearTable shown = services.submissions().loadYear(ExportFixture.YEAR);
            int audited = new AuditRepository(db.dsl()).count();
            List<String> files = files();
            var years = services.submissions().years();

            FirstUse.prepare(services, Optional.of(shown));

            assertEquals(audited, new AuditRepository(db.dsl()).count(), "no audit row: nothing was changed");
            assertEquals(years, services.submissions().years(),
                    "the 2021 example was read and planned against the year, not imported over its 4 initiatives");
            assertEquals(files, files(), "no file is written beside the database");
        }
    }

    @Test
    void onADatabaseWithoutAYearOnlyTheImportIsReadiedAndNothingIsWritten() {
        try (Database db = TestDatabase.open(dir)) {
            Services services = Services.on(db, DANISH);
            FirstUse.prepare(services, Optional.empty());
            assertTrue(services.submissions().years().isEmpty(), "no year was made");
            assertEquals(0, new AuditRepository(db.dsl()).count());
        }
    }

    @Test
    void aFailureIsForgottenTheFirstExportOrImportThenDoesTheWorkItself() {
        Database db = TestDatabase.open(dir);
        ExportFixture.create(db.dsl());
        Services services = Services.on(db, DANISH);
        YearTable shown = services.submissions().loadYear(ExportFixture.YEAR);
        db.close();
        assertDoesNotThrow(() -> FirstUse.prepare(services, Optional.of(shown)));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
