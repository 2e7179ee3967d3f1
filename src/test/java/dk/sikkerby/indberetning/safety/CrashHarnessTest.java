package dk.sikkerby.indberetning.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.Launcher;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.OpenRequest;
import dk.sikkerby.indberetning.testsupport.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The crash harness (issue 15): each write path of the real command line runs in a child JVM and is
 * killed with SIGKILL at a random moment within its usual duration; then the file must open (through
 * every check), be consistent, and hold everything the child acknowledged on stdout before it died.
 * 10 kills per path in {@code ./mvnw verify}; {@code bench/crash.sh} runs 100 per path
 * ({@code -Dsikkerby.crashKills=100}) and prints the figures for docs/benchmarks.md.
 */
class CrashHarnessTest {

    private static final Logger LOG = Logger.getLogger(CrashHarnessTest.class.getName());
    private static final int KILLS = Integer.getInteger("sikkerby.crashKills", 10);

    @TempDir
    static Path shared;
    static CrashPaths paths;

    @TempDir
    Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        paths = CrashPaths.prepare(shared);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CrashPaths.WritePath.class)
    void aKillAtAnyMomentLeavesAWholeFileWithEverythingAcknowledged(CrashPaths.WritePath path) throws Exception {
        Random random = new Random(15L * 1000 + path.ordinal());
        long full = timeOneWholeRun(path);
        long started = timeTheJvmStart();
        int acknowledged = 0;
        int absent = 0;
        List<Long> killedAt = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Path run = Files.createDirectories(dir.resolve(path.name() + "-" + kill));
            DatabaseFile file = paths.place(path, run);
            // a quarter of the kills anywhere in the run, the rest once the JVM has started and the work begun
            long at = random.nextInt(4) == 0 ? (long) (random.nextDouble() * full)
                    : started + (long) (random.nextDouble() * Math.max(1, full - started) * 1.1);
            killedAt.add(at);
            String out = runAndKill(path, file, at);
            boolean acked = out.contains(path.acknowledgement());
            acknowledged += acked ? 1 : 0;
            if (!Files.exists(file.mvFile())) {
                assertTrue(path == CrashPaths.WritePath.FIRST_START && !acked,
                        path + ": the file is gone after a kill at " + at + " ms, acknowledged: " + acked);
                absent++;
                assertNoLeftoverBlocksTheNextTry(file);
                continue;
            }
            try (Database db = Database.open(file, OpenRequest.existing(14))) {
                paths.checkConsistent(path, db, acked);
            }
        }
        String figures = String.format("%s: %d kills between %d and %d ms (a whole run takes %d ms, the JVM's start "
                + "%d ms); %d acknowledged before the kill, %d left no file, every file opened whole and consistent",
                path, KILLS, killedAt.stream().mapToLong(Long::longValue).min().orElse(0),
                killedAt.stream().mapToLong(Long::longValue).max().orElse(0), full, started, acknowledged, absent);
        LOG.warning(figures);
        System.out.println("CRASH-HARNESS " + figures);
    }

    /** A first start killed before the file appeared: the next {@code init} creates it all the same. */
    private void assertNoLeftoverBlocksTheNextTry(DatabaseFile file) throws Exception {
        Process again = ChildJvm.startCapturingErrors(Map.of(), Launcher.class,
                "--db", file.toString(), "--lang", "en", "init");
        again.getInputStream().readAllBytes();
        String err = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), err);
        try (Stream<Path> files = Files.list(file.folder())) {
            List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".creating-") || n.contains(".migrating-")).toList();
            assertTrue(left.isEmpty(), "no leftover: " + left);
        }
    }

    /** How long a command that does no work ({@code --version}) takes: the JVM's start. */
    private long timeTheJvmStart() throws Exception {
        long start = System.nanoTime();
        Process child = ChildJvm.startCapturingErrors(Map.of(), Launcher.class, "--version");
        child.getInputStream().readAllBytes();
        child.getErrorStream().readAllBytes();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private long timeOneWholeRun(CrashPaths.WritePath path) throws Exception {
        DatabaseFile file = paths.place(path, Files.createDirectories(dir.resolve(path.name() + "-whole")));
        long start = System.nanoTime();
        String out = runAndKill(path, file, Long.MAX_VALUE);
        assertTrue(out.contains(path.acknowledgement()), path + " did not finish: " + out);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Runs the path's command in a child JVM and kills it after {@code afterMillis} (if still running). */
    private String runAndKill(CrashPaths.WritePath path, DatabaseFile file, long afterMillis)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--db", file.toString(), "--lang", "en"));
        args.addAll(paths.arguments(path));
        Process child = ChildJvm.startCapturingErrors(paths.environment(), Launcher.class, args.toArray(String[]::new));
        child.getOutputStream().close();
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                out.append(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                child.getErrorStream().readAllBytes();
            } catch (IOException e) {
                // the child was killed: what it printed before is in out
            }
        });
        reader.start();
        if (!child.waitFor(Math.min(afterMillis, 180_000), TimeUnit.MILLISECONDS)) {
            child.toHandle().destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        reader.join(60_000);
        return out.toString();
    }
}
