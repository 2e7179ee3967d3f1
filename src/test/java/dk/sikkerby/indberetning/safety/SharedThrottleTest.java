package dk.sikkerby.indberetning.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.Launcher;
import dk.sikkerby.indberetning.cli.Cli;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.SignInFailureRepository;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.testsupport.ChildJvm;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in throttle lives in the database (decision 0513): wrong passwords given to separate
 * command-line processes are recorded with their times, make the next process wait, even with the
 * right password, and the right password works once the wait is over.
 */
class SharedThrottleTest {

    private static final int WRONG = 7; // the seventh failure in a row makes the next try wait 16 s

    @TempDir
    Path dir;

    private record Exit(int status, String err) {
    }

    @Test
    void wrongPasswordsInSeparateProcessesSlowTheNextProcessDown() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("db"));
        try (Database db = TestDatabase.open(file)) {
            new SignInService(db.store(), Clock.systemUTC()).createFirstAdministrator("anne", "Anne Admin",
                    "rigtig-kode".toCharArray(), "rigtig-kode".toCharArray());
        }
        for (int recorded = 0; recorded < WRONG; ) {
            Exit wrong = rename(file, "forkert-kode");
            assertEquals(Cli.REFUSED, wrong.status(), wrong.err());
            Matcher wait = Pattern.compile("wait (\\d+) seconds").matcher(wrong.err());
            if (wait.find()) {
                // a process that came too soon was told to wait (and its try not counted): wait, try again
                assertTrue(recorded >= 3, "the first three tries are free: " + wrong.err());
                Thread.sleep(Long.parseLong(wait.group(1)) * 1000 + 200);
                continue;
            }
            assertTrue(wrong.err().contains("Wrong login or password"), wrong.err());
            recorded++;
        }
        Instant lastFailure;
        try (Database db = TestDatabase.open(file)) {
            SignInFailureRepository.Failures failures = new SignInFailureRepository(db.dsl()).of("anne").orElseThrow();
            assertEquals(WRONG, failures.count(), "every wrong password is recorded, with its time");
            lastFailure = failures.last();
        }

        Exit early = rename(file, "rigtig-kode");
        assertEquals(Cli.REFUSED, early.status(), early.err());
        Matcher seconds = Pattern.compile("(\\d+) s").matcher(early.err());
        assertTrue(seconds.find(), "the next process is told to wait, even with the right password: " + early.err());

        Duration left = Duration.between(Instant.now(), lastFailure.plusSeconds(16));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis() + 200);
        }
        Exit right = rename(file, "rigtig-kode");
        assertEquals(0, right.status(), right.err());
        try (Database db = TestDatabase.open(file)) {
            assertTrue(new SignInFailureRepository(db.dsl()).of("anne").isEmpty(), "a success starts afresh");
        }
    }

    /** {@code user-edit --user anne --login anne --name …} in a new JVM, the password from SIKKERBY_PASSWORD. */
    private Exit rename(DatabaseFile file, String password) throws IOException, InterruptedException {
        Process child = ChildJvm.startCapturingErrors(Map.of("SIKKERBY_PASSWORD", password), Launcher.class,
                "--db", file.toString(), "--lang", "en", "user-edit", "--user", "anne", "--login", "anne",
                "--name", "Anne Admin");
        child.getOutputStream().close();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        child.getInputStream().readAllBytes();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        return new Exit(child.exitValue(), err);
    }
}
