package dk.sikkerby.indberetning.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.offline.OfflineLimits;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root makes each service once: signing in and changing a password share one throttle. */
class ServicesTest {

    @TempDir
    Path dir;

    @Test
    void wrongOldPasswordsWhenChangingItSlowTheNextSignInToo() {
        try (Database database = TestDatabase.open(dir)) {
            Services services = Services.on(database, Messages.forLocale(Messages.DANISH),
                    Clock.fixed(Instant.parse("2026-03-12T09:00:00Z"), ZoneOffset.UTC));
            Actor anne = services.signIn().createFirstAdministrator("anne", "Anne", "annes-kode-1".toCharArray(),
                    "annes-kode-1".toCharArray());
            for (int i = 0; i < 3; i++) {
                UserFacingException wrong = assertThrows(UserFacingException.class, () -> services.signIn()
                        .changeOwnPassword(anne, "gæt".toCharArray(), "ny-kode-12".toCharArray(),
                                "ny-kode-12".toCharArray()));
                assertEquals("users.error.oldPasswordWrong", wrong.key());
            }
            UserFacingException slowed = assertThrows(UserFacingException.class,
                    () -> services.signIn().signIn("anne", "annes-kode-1".toCharArray()));
            assertEquals("signin.error.wait", slowed.key(), "the sign-in form's service is the same one");
            assertSame(services.signIn(), services.signIn());
        }
    }

    /**
     * POI's zip limits are global; the root sets them before the first service that reads or writes a
     * workbook exists (the services are made on first use, decision 1901).
     */
    @Test
    void theRootSetsPoisZipLimitsBeforeAnyWorkbookIsRead() {
        try (Database database = TestDatabase.open(dir)) {
            Services services = Services.on(database, Messages.forLocale(Messages.DANISH));
            assertSame(services.offline(), services.offline(), "made once, on first use");
            assertSame(services.exports(), services.exports());
            assertTrue(ZipSecureFile.getMaxFileCount() <= OfflineLimits.MAX_ZIP_ENTRIES);
            assertTrue(ZipSecureFile.getMaxEntrySize() <= OfflineLimits.MAX_ENTRY_BYTES);
            assertTrue(ZipSecureFile.getMinInflateRatio() >= OfflineLimits.MIN_INFLATE_RATIO);
        }
    }
}
