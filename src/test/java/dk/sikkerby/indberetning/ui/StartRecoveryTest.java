package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A damaged database at start-up: the app says so, offers the newest whole backup, and on the user's
 * word restores it (keeping the damaged file), as {@code restore} on the command line would.
 */
class StartRecoveryTest extends UiRobot {

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
    void aDamagedFileWithABackupIsOfferedTheRestore() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("sikkerby"));
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
        }
        Path backups = Files.createDirectories(dir.resolve("sikkerby-backups"));
        Path backup = backups.resolve("sikkerby-20261201-080000-000-daily.mv.db");
        Files.copy(file.mvFile(), backup);
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(file.mvFile()), 8192);
        Files.write(file.mvFile(), damaged);

        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        FxToolkit.registerPrimaryStage();
        StartErrorTest.RecordingApp.EXIT_REQUESTED.set(false);
        app = FxToolkit.setupApplication(StartErrorTest.RecordingApp.class, "--db", file.toString(), "--lang", "en");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#restoreDialog").tryQuery().isPresent());
        String question = lookup("#restoreDialog").queryAs(DialogPane.class).getContentText();
        assertTrue(question.contains(backup.toString()) && question.contains("2026-12-01 08:00"), question);
        assertArrayEquals(damaged, Files.readAllBytes(file.mvFile()), "nothing is changed before the user says so");

        clickOn("#restoreDialogOk");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#errorDialog").tryQuery().isPresent());
        clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, StartErrorTest.RecordingApp.EXIT_REQUESTED::get);
        try (Database restored = Database.open(file)) {
            assertEquals(SampleYear.YEAR, new SubmissionService(restored.store()).years().get(0).year().year());
        }
        try (var kept = Files.list(backups)) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().endsWith("-before-restore.mv.db")),
                    "the damaged file is kept");
        }
    }
}
