package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.persistence.Database;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database opens only when the app says so (once the sign-in form is on the screen), and an app
 * that ends waits for an opening in progress but never for one that was not begun.
 */
class EarlyStartTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearDataDir() {
        System.clearProperty("sikkerby.dataDir");
    }

    @Test
    void anExitWaitsForAnOpeningInProgressAndNeverForOneNotBegun() {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        StartOptions options = StartOptions.forDesktop(new String[] {"--db", dir.resolve("sikkerby").toString()})
                .orElseThrow();

        EarlyStart notBegun = EarlyStart.begin(options);
        assertTrue(notBegun.probablyFirstAdministrator(), "no file yet: the form asks for the first administrator");
        long before = System.nanoTime();
        assertTrue(notBegun.awaitOpened(Duration.ofSeconds(30)).isEmpty());
        assertTrue(Duration.ofNanos(System.nanoTime() - before).toSeconds() < 5, "no wait for an opening never begun");
        assertFalse(notBegun.opened().isDone(), "nothing opens before the app says so");

        EarlyStart begun = EarlyStart.begin(options);
        begun.openDatabase();
        try (Database db = begun.awaitOpened(Duration.ofSeconds(60)).orElseThrow()) {
            assertEquals(1, db.dsl().fetchValue("SELECT 1"));
            assertTrue(begun.opened().join().firstAdministrator(), "a new database has no users");
        }
        assertFalse(EarlyStart.begin(options).probablyFirstAdministrator(), "the file exists now");
    }
}
