package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.service.SubmissionService;
import dk.sikkerby.indberetning.testsupport.ChildJvm;
import dk.sikkerby.indberetning.testsupport.CrashSaver;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that has returned is on disk: a child JVM saves in a loop and prints each save as it returns;
 * it is killed with SIGKILL at a random moment, 20 times; each time the file opens and holds every
 * printed save (WRITE_DELAY=0).
 */
class CrashSafetyTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    /** What the child printed last for one initiative: the version and the note it saved. */
    private record Printed(int version, String marker) {
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("crash").toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
        }
        Random random = new Random(20211231L);
        int totalPrinted = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Map<Integer, Printed> printed = new HashMap<>();
            Process child = ChildJvm.start(CrashSaver.class, file.toString(), String.valueOf(kill));
            BufferedReader out = ChildJvm.stdout(child);
            assertEquals("READY", out.readLine());
            Thread.sleep(50 + random.nextInt(400));
            child.toHandle().destroyForcibly(); // SIGKILL; leaves our end of the pipe open to read what was printed
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.split(" ", 4);
                if (parts.length == 4 && parts[0].equals("SAVED")) {
                    printed.put(Integer.valueOf(parts[1]), new Printed(Integer.parseInt(parts[2]), parts[3]));
                    totalPrinted++;
                }
            }
            try (Database reopened = Database.open(file)) {
                for (InitiativeRow row : new SubmissionService(reopened.dsl()).loadYear(SampleYear.YEAR).rows()) {
                    Printed last = printed.get(row.initiativeId());
                    if (last == null) {
                        continue;
                    }
                    assertTrue(row.version() >= last.version(), () -> "kill " + row.name() + ": stored version "
                            + row.version() + " is older than the acknowledged " + last.version());
                    if (row.version() == last.version()) {
                        assertEquals(last.marker(), row.departmentNote().plainText());
                    }
                }
            }
        }
        assertTrue(totalPrinted > KILLS, "the child saved something before most kills: " + totalPrinted);
    }
}
