package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A file that is not a database gives the user one clear message, not a stack trace, and is left alone. */
class StartErrorTest extends UiRobot {

    /** The app, except that ending it only records the request: the toolkit is shared with other tests. */
    public static class RecordingApp extends SikkerByApp {
        static final AtomicBoolean EXIT_REQUESTED = new AtomicBoolean();

        @Override
        protected void exitApp() {
            EXIT_REQUESTED.set(true);
        }
    }

    @TempDir
    Path dir;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("sikkerby.dataDir");
    }

    @Test
    void aFileThatIsNotADatabaseIsExplainedAndLeftAsItWas() throws Exception {
        Path notes = dir.resolve("noter.mv.db");
        byte[] content = "mine noter".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        FxToolkit.registerPrimaryStage();
        RecordingApp.EXIT_REQUESTED.set(false);
        app = FxToolkit.setupApplication(RecordingApp.class, "--db", notes.toString());
        UiRobot.waitFor(20, () -> lookup("#errorDialog").tryQuery().isPresent());
        assertEquals("Filen " + notes + " er ikke en Sikker By-database. Vælg en anden fil med --db eller i "
                + "indstillingerne. Filen er ikke ændret.", lookup("#errorDialog").queryAs(DialogPane.class).getContentText());
        clickOn("OK");
        UiRobot.waitFor(10, RecordingApp.EXIT_REQUESTED::get);
        assertArrayEquals(content, Files.readAllBytes(notes));
    }

    @Test
    void aServerStartAsksForTheServerLoginAndMakesNoFile() throws Exception {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        FxToolkit.registerPrimaryStage();
        RecordingApp.EXIT_REQUESTED.set(false);
        app = FxToolkit.setupApplication(RecordingApp.class, "--db", "jdbc:postgresql://dbhost:5432/sikkerby");
        UiRobot.waitFor(20, () -> lookup("#serverSignInDialog").tryQuery().isPresent());
        assertEquals("Server: jdbc:postgresql://dbhost:5432/sikkerby",
                lookup("#serverSignInServer").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(false, RecordingApp.EXIT_REQUESTED.get());
        try (var files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList());
        }
    }

    @Test
    void aMalformedServerAddressIsExplainedInOneSentence() throws Exception {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        FxToolkit.registerPrimaryStage();
        RecordingApp.EXIT_REQUESTED.set(false);
        app = FxToolkit.setupApplication(RecordingApp.class, "--db", "jdbc:postgresql://dbhost:5432");
        UiRobot.waitFor(20, () -> lookup("#errorDialog").tryQuery().isPresent());
        assertEquals("„jdbc:postgresql://dbhost:5432\" er ikke en serveradresse. Skriv den som "
                + "jdbc:postgresql://VÆRT:PORT/DATABASE.", lookup("#errorDialog").queryAs(DialogPane.class).getContentText());
        clickOn("OK");
        UiRobot.waitFor(10, RecordingApp.EXIT_REQUESTED::get);
    }
}
