package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.ChildJvm;
import dk.sikkerby.indberetning.testsupport.CrashSaver;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
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
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> ChildJvm.stdout(child).lines().forEach(lines::add));
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines.stream().noneMatch(l -> l.startsWith("SAVED")) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(300)); // a random moment in the stream of saves
            child.toHandle().destroyForcibly(); // SIGKILL; our end of the pipe stays open to read what was printed
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(TimeUnit.SECONDS.toMillis(30));
            for (String line : lines) {
                String[] parts = line.split(" ", 4);
                if (parts.length == 4 && parts[0].equals("SAVED")) {
                    printed.put(Integer.valueOf(parts[1]), new Printed(Integer.parseInt(parts[2]), parts[3]));
                    totalPrinted++;
                }
            }
            try (Database reopened = Database.open(file)) {
                for (InitiativeRow row : new SubmissionService(reopened.store()).loadYear(SampleYear.YEAR).rows()) {
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
        assertTrue(totalPrinted >= KILLS, "the child saved before every kill: " + totalPrinted);
    }
}
