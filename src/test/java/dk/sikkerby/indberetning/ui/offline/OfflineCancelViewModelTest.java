package dk.sikkerby.indberetning.ui.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.ui.common.Background;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cancel of the workbooks going out and of returned workbooks being read, without a screen: the work is
 * held until the test releases it ({@link Background#sameThreadHeld()}), so the cancel comes while it is under
 * way; the services, the H2 file and the files are real.
 */
class OfflineCancelViewModelTest {

    @TempDir
    Path dir;
    private final Messages messages = Messages.forLocale(Messages.DANISH);
    private final Background background = Background.sameThreadHeld();
    private final StringProperty status = new SimpleStringProperty("");
    private Database database;
    private OfflineExchange exchange;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        database = TestDatabase.open(dir.resolve("db"));
        SampleYear.create(database.dsl());
        exchange = TestServices.offline(database, messages);
        out = Files.createDirectory(dir.resolve("ud"));
        Files.writeString(out.resolve("noter.txt"), "notes");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String database() {
        return database.dsl().selectFrom("submission").fetch().formatCSV()
                + database.dsl().selectFrom("audit_entry").fetch().formatCSV()
                + database.dsl().selectFrom("offline_import").fetch().formatCSV();
    }

    @Test
    void workbooksCancelledWhileWrittenAreNotDeliveredAndTheStatusLineSaysSo() throws IOException {
        TemplatesViewModel model = new TemplatesViewModel(messages, () -> background, status);
        model.write(exchange.templates(), TestActors.reviewer(), SampleYear.YEAR, out);
        assertTrue(model.runningProperty().get());
        assertEquals("Skriver projektmapper for 2021 til " + out + " …", status.get());

        model.cancel();
        assertEquals("Afbryder projektmapperne …", status.get());
        background.release();

        assertFalse(model.runningProperty().get(), "the progress and the cancel button go away");
        assertEquals("Projektmapperne blev afbrudt. Ingen er lagt i " + out + "; filer, der lå der i forvejen, er uændrede.",
                status.get());
        assertEquals(List.of("noter.txt"), folder());
    }

    @Test
    void workbooksNotCancelledAreDeliveredAndCountedAndTheProgressEndsFull() throws IOException {
        TemplatesViewModel model = new TemplatesViewModel(messages, () -> background, status);
        model.write(exchange.templates(), TestActors.reviewer(), SampleYear.YEAR, out);
        model.write(exchange.templates(), TestActors.reviewer(), SampleYear.YEAR, out);
        background.release();

        assertFalse(model.runningProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("3 projektmapper er skrevet til " + out + ".", status.get(), "a second start while running was ignored");
        assertEquals(List.of("Afrapportering 2021 KFF.xlsx", "Afrapportering 2021 SOF.xlsx", "Afrapportering 2021 TMF.xlsx",
                "noter.txt"), folder());
    }

    @Test
    void returnedWorkbooksCancelledWhileReadShowNothingToApplyAndWriteNothing() {
        Path sof = exchange.templates().writeOne(TestActors.administrator(), SampleYear.YEAR, "SOF", dir.resolve("SOF.xlsx")).file();
        String before = database();
        ImportPreviewViewModel model = new ImportPreviewViewModel(messages, exchange, TestActors.administrator(), background);
        model.load(List.of(sof), SampleYear.YEAR);
        assertTrue(model.readingProperty().get(), "the cancel button shows while reading");

        model.cancel();
        assertEquals("Afbryder indlæsningen …", model.messageProperty().get());
        background.release();

        assertFalse(model.readingProperty().get());
        assertFalse(model.workingProperty().get());
        assertEquals("Indlæsningen blev afbrudt. Intet er skrevet til databasen.", model.messageProperty().get());
        assertTrue(model.rows().isEmpty());
        assertFalse(model.canApply().get());
        model.apply(() -> { });
        background.release();
        assertEquals(before, database());
    }

    @Test
    void aCancelAfterTheReadingEndedChangesNothing() {
        Path sof = exchange.templates().writeOne(TestActors.administrator(), SampleYear.YEAR, "SOF", dir.resolve("SOF.xlsx")).file();
        ImportPreviewViewModel model = new ImportPreviewViewModel(messages, exchange, TestActors.administrator(), background);
        model.load(List.of(sof), SampleYear.YEAR);
        background.release();
        model.cancel();

        assertFalse(model.readingProperty().get());
        assertEquals("", model.messageProperty().get());
        assertEquals(2, model.rows().size(), "SOF's two initiatives shown");
    }
}
