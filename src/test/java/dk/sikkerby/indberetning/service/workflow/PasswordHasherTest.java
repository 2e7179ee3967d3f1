package dk.sikkerby.indberetning.service.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Stored hashes are read with their own parameters, but only within limits: a tampered row costs nothing. */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(64, 1);

    @Test
    void aHashItMadeIsVerified() {
        String stored = hasher.hash("rigtig-kode".toCharArray());
        assertTrue(hasher.verify("rigtig-kode".toCharArray(), stored));
        assertFalse(hasher.verify("forkert-kode".toCharArray(), stored));
    }

    @Test
    void parametersBeyondTheLimitsAreRefusedWithoutHashing() {
        String stored = hasher.hash("rigtig-kode".toCharArray());
        String[] tampered = {
            stored.replace("m=64,", "m=4194304,"),
            stored.replace("t=1,", "t=100000,"),
            stored.replace("p=1$", "p=255$"),
            stored.replace("m=64,", "m=99999999999999,"),
        };
        for (String row : tampered) {
            assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertFalse(hasher.verify("rigtig-kode".toCharArray(), row), row));
        }
    }
}
