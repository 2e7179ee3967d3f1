package dk.sikkerby.indberetning.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's and the libraries' logging. Everything from INFO up goes to the log file
 * {@code logs/sikkerby-0.log} in the data folder (rotated, three files of 1 MB); the terminal gets
 * only the one sentence each command prints, never a stack trace. {@code -Dsikkerby.verbose=true}
 * shows everything on the terminal as well.
 */
public final class Logging {

    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final int FILES = 3;

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
                LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(withoutHandlers(in.readAllBytes())));
            }
        } catch (IOException e) {
            System.err.println("Logging could not be configured: " + e.getMessage());
        }
        toFile(AppPaths.dataDir().resolve("logs"));
    }

    /**
     * The configuration without its {@code handlers=} line: that console handler is for the tests' JVM, which
     * reads the file itself (pom.xml); here {@link #toFile} replaces every handler of the root logger, and a
     * console handler made only to be removed cost a cold command about 25 ms (its formatter's first
     * {@code String.format} and time zone, by reflection; decision 1913).
     */
    static byte[] withoutHandlers(byte[] properties) {
        String text = new String(properties, StandardCharsets.ISO_8859_1);
        StringBuilder kept = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end);
            if (!line.startsWith("handlers=") && !line.startsWith("handlers =")) {
                kept.append(line);
            }
            start = end;
        }
        return kept.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The log file the details of every failure go to (the newest of the rotated files). */
    public static Path logFile() {
        return AppPaths.dataDir().resolve("logs").resolve("sikkerby-0.log");
    }

    /**
     * Sends the log to files in {@code folder}, and nothing to the terminal; without a folder, nowhere. The files
     * are opened at the first record ({@link ToFiles}): a command that logs nothing, as the reading ones, neither
     * opens nor locks them (decision 1913).
     */
    static void toFile(Path folder) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        try {
            Files.createDirectories(folder);
            root.addHandler(new ToFiles(folder));
            root.setLevel(Level.INFO);
        } catch (IOException | RuntimeException e) {
            // no log file where the data folder cannot be written; the commands still say what went wrong
            root.setLevel(Level.OFF);
        }
    }

    /**
     * The rotated log files, opened when the first record comes: making a {@link FileHandler} costs a cold command
     * about 40 ms (its two formatters check their format with the first {@code String.format} of the process, and
     * it opens and locks the file), which a command that logs nothing need not pay. The records and the files are
     * those the handler would have written from the start.
     */
    static final class ToFiles extends Handler {
        private final Path folder;
        private FileHandler file;
        private boolean failed;

        ToFiles(Path folder) {
            this.folder = folder;
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            FileHandler target = file();
            if (target != null) {
                target.publish(record);
            }
        }

        private FileHandler file() {
            if (file == null && !failed) {
                try {
                    FileHandler made = new FileHandler(folder.resolve("sikkerby-%g.log").toString(), LIMIT_BYTES, FILES, true);
                    made.setFormatter(new SimpleFormatter());
                    made.setLevel(Level.ALL);
                    made.setEncoding("UTF-8");
                    file = made;
                } catch (IOException | RuntimeException e) {
                    failed = true; // no log file where the data folder cannot be written, as before
                }
            }
            return file;
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
            }
        }
    }
}
