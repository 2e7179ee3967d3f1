package dk.sikkerby.indberetning.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.service.export.ExportFormat;
import dk.sikkerby.indberetning.service.export.ExportFixture;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.ui.common.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view model without a screen: the export runs on the test's thread. */
class ExportViewModelTest {

    private static final Messages MESSAGES = Messages.forLocale(Messages.DANISH);

    @TempDir
    Path dir;
    private Database database;
    private ExportViewModel model;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir.resolve("db"));
        ExportFixture.create(database.dsl());
        model = new ExportViewModel(MESSAGES, TestServices.exports(database.store(), MESSAGES),
                new TrafficLightSettings(database.store()), new SubmissionService(database.store()),
                new YearSetupService(database.store()), TestActors.reviewer(), Background.sameThread(), file -> { });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportNeedsAYear() {
        assertFalse(model.canExport().get());
        model.load(ExportFixture.YEAR);
        assertEquals(ExportFixture.YEAR, model.yearProperty().get());
        assertTrue(model.canExport().get());
        assertFalse(model.thresholdsApply().get());
        model.coloursProperty().set(true);
        assertTrue(model.thresholdsApply().get());
        model.formatProperty().set(ExportFormat.CSV);
        assertFalse(model.thresholdsApply().get(), "colours are for workbooks only");
    }

    @Test
    void aWorkbookIsWrittenAndOffered() {
        model.load(ExportFixture.YEAR);
        Path target = dir.resolve("bilag.xlsx");

        assertTrue(model.export(target).isPresent());

        assertTrue(Files.isRegularFile(target));
        assertEquals(target, model.exportedProperty().get());
        assertFalse(model.runningProperty().get());
        assertTrue(model.canExport().get());
    }

    @Test
    void thresholdsThatOverlapAreRefusedBeforeAnythingIsWritten() {
        model.load(ExportFixture.YEAR);
        model.coloursProperty().set(true);
        model.redMaxProperty().set("80");
        model.greenMinProperty().set("20");
        Path target = dir.resolve("bilag.xlsx");

        assertTrue(model.export(target).isEmpty());

        assertFalse(Files.exists(target));
        assertFalse(model.messageProperty().get().isBlank());
    }

    @Test
    void aFailedExportSaysWhyAndCanBeTriedAgain() throws Exception {
        model.load(ExportFixture.YEAR);
        Path notAFolder = Files.writeString(dir.resolve("fil.txt"), "x");

        model.export(notAFolder.resolve("bilag.xlsx"));

        assertEquals(null, model.exportedProperty().get());
        assertFalse(model.runningProperty().get());
        assertFalse(model.messageProperty().get().isBlank());
        assertTrue(model.canExport().get());
    }
}
