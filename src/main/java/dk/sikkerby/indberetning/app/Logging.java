package dk.sikkerby.indberetning.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/** The libraries' logging: warnings and errors only, unless -Dsikkerby.verbose=true; no banners. */
public final class Logging {

    private Logging() {
    }

    /**
     * Configures java.util.logging (which H2, Flyway, jOOQ and POI log to here). Must run before those
     * libraries are first used; the desktop app does it on its database thread, off the window's way.
     */
    public static void configure() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (Boolean.getBoolean("sikkerby.verbose")) {
            return;
        }
        try (InputStream in = Logging.class.getResourceAsStream("/sikkerby-logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("Logging could not be configured: " + e.getMessage());
        }
    }
}
