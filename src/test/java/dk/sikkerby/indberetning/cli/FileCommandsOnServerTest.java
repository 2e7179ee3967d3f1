package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}, {@code backup} and {@code restore} work on a database file; named a server with {@code --db}
 * they are refused as wrong usage (exit status 2), in one sentence that says what to use instead, and
 * they make no file anywhere (no path is made of the address).
 */
class FileCommandsOnServerTest {

    private static final String SERVER = "jdbc:postgresql://dbhost:5432/sikkerby";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void dataFolder() {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("sikkerby.dataDir");
    }

    private int run(String... args) {
        return Cli.create(args, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void checkIsRefusedOnAServerAndPointsToPostgresqlsOwnTools() throws IOException {
        assertEquals(Cli.USAGE, run("--lang", "en", "--db", SERVER, "check"));
        assertTrue(err.toString().startsWith("check reads a database file; " + SERVER + " is a server"), err.toString());
        assertTrue(err.toString().contains("pg_amcheck"), err.toString());
        assertNothingMade();
    }

    @Test
    void backupIsRefusedOnAServerAndNamesPgDump() throws IOException {
        Path target = dir.resolve("copy.mv.db");
        assertEquals(Cli.USAGE, run("--lang", "en", "--db", SERVER, "backup", "--out", target.toString()));
        assertTrue(err.toString().startsWith("backup copies a database file; " + SERVER + " is a server: back it up"
                + " with pg_dump"), err.toString());
        assertFalse(Files.exists(target));
        assertNothingMade();
    }

    @Test
    void restoreIsRefusedOnAServerAndNamesPgRestore() throws IOException {
        Path backup = Files.writeString(dir.resolve("old.mv.db"), "not touched");
        assertEquals(Cli.USAGE, run("--db", SERVER, "restore", backup.toString()));
        assertTrue(err.toString().startsWith("restore lægger en fil-backup tilbage; " + SERVER + " er en server:"
                + " gendan med pg_restore"), err.toString());
        assertEquals("not touched", Files.readString(backup));
        assertNothingMade();
    }

    /** One sentence, no stack trace, and nothing but the test's own files in the folder. */
    private void assertNothingMade() throws IOException {
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> made = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("old.mv.db") && !name.endsWith(".log")).toList();
            assertEquals(List.of(), made);
        }
        assertEquals("", out.toString());
    }
}
