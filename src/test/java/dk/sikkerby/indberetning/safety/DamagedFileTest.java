package dk.sikkerby.indberetning.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.Launcher;
import dk.sikkerby.indberetning.cli.Cli;
import dk.sikkerby.indberetning.testsupport.ChildJvm;
import dk.sikkerby.indberetning.testsupport.HoldDatabase;
import dk.sikkerby.indberetning.testsupport.CliRun;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged file never costs data (issue 15): a database with the 2021 appendix, closed cleanly, is
 * damaged in each way seen in the field; each time {@code years} is refused with exit status 3 and one
 * sentence naming the newest whole backup and the restore command, the file keeps its digest, and
 * {@code restore} of that backup gives the data back.
 */
class DamagedFileTest {

    private static final String APPENDIX = Sample2021.path().toString();
    private static final int PAGE = 4096;
    private static final String BACKUP_NAME = "db-20261201-120000-000-daily.mv.db";

    @TempDir
    static Path shared;
    static byte[] good;
    static byte[] goodBackup;
    static byte[] goodExport;

    @TempDir
    Path dir;

    @BeforeAll
    static void aDatabaseWithTheAppendixAndAWholeBackup() throws Exception {
        Path db = shared.resolve("db");
        assertEquals(0, CliRun.on(db, "init").status());
        CliRun imported = CliRun.on(db, "import", APPENDIX);
        assertEquals(0, imported.status(), imported::toString);
        Path backup = shared.resolve("backup.mv.db");
        assertEquals(0, CliRun.on(db, "backup", "--out", backup.toString()).status());
        good = Files.readAllBytes(shared.resolve("db.mv.db"));
        goodExport = export(db, shared.resolve("good.csv"));
        goodBackup = Files.readAllBytes(backup);
    }

    /** The good file, as the app closed it, with its seal and a whole backup in the backup folder. */
    private Path place(byte[] content) throws Exception {
        Path db = dir.resolve("db");
        Files.write(dir.resolve("db.mv.db"), content);
        Files.copy(shared.resolve("db.mv.db.seal"), dir.resolve("db.mv.db.seal"));
        Files.createDirectories(dir.resolve("db-backups"));
        Files.write(dir.resolve("db-backups").resolve(BACKUP_NAME), goodBackup);
        return db;
    }

    static Stream<String> damages() {
        return Stream.concat(Stream.of("zero", "truncate:4096", "truncate:8192", "truncate:half",
                        "truncate:-4096", "truncate:-1"),
                IntStream.range(0, 30).mapToObj(seed -> "page:" + seed));
    }

    private static byte[] damaged(String how) {
        String[] parts = how.split(":");
        return switch (parts[0]) {
            case "zero" -> new byte[0];
            case "truncate" -> Arrays.copyOf(good, switch (parts[1]) {
                case "half" -> good.length / 2;
                default -> Integer.parseInt(parts[1]) > 0 ? Integer.parseInt(parts[1])
                        : good.length + Integer.parseInt(parts[1]);
            });
            default -> {
                Random random = new Random(Long.parseLong(parts[1]));
                byte[] bytes = good.clone();
                int page = random.nextInt(bytes.length / PAGE);
                byte[] junk = new byte[PAGE];
                random.nextBytes(junk);
                System.arraycopy(junk, 0, bytes, page * PAGE, PAGE);
                yield bytes;
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsRefusedLeftAsItWasAndRestoredFromItsBackup(String how) throws Exception {
        Path db = place(damaged(how));
        Path mv = dir.resolve("db.mv.db");
        byte[] before = digest(mv);

        CliRun years = CliRun.on(db, "years");

        if (years.status() == 0) {
            // the overwritten page held nothing live (free space, or one of H2's two file headers): the
            // check finds every row whole, and the data is exactly what it was
            assertArrayEquals(goodExport, export(db, dir.resolve("after.csv")), how + " opened, so nothing may differ");
            return;
        }
        assertEquals(Cli.DATABASE, years.status(), years::toString);
        assertArrayEquals(before, digest(mv), "the damaged file is byte for byte as it was");
        assertEquals(1, years.err().strip().lines().count(), years::toString);
        assertFalse(years.err().contains("Exception"), years::toString);
        assertTrue(years.err().contains("restore"), years::toString);
        CliRun write = CliRun.on(db, "import", APPENDIX, "--replace");
        assertEquals(Cli.DATABASE, write.status(), write::toString);
        assertArrayEquals(before, digest(mv), "a writing command leaves it too");

        CliRun restore = CliRun.on(db, "restore", dir.resolve("db-backups").resolve(BACKUP_NAME).toString());
        assertEquals(0, restore.status(), restore::toString);
        CliRun after = CliRun.on(db, "years");
        assertEquals(0, after.status(), after::toString);
        assertTrue(after.out().contains("2021") && after.out().contains("25 initiatives"), after::toString);
    }

    @Test
    void anotherProgramsH2DatabaseIsRefusedAndNothingIsWrittenIntoOrBesideIt() throws Exception {
        Path foreign = dir.resolve("customers");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + foreign, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100))");
            s.execute("INSERT INTO customer VALUES (1, 'Anne')");
        }
        Path mv = dir.resolve("customers.mv.db");
        byte[] before = digest(mv);

        CliRun years = CliRun.on(foreign, "years");

        assertEquals(Cli.DATABASE, years.status(), years::toString);
        assertTrue(years.err().contains("another program"), years::toString);
        assertFalse(years.err().contains("backup"), years::toString);
        assertArrayEquals(before, digest(mv));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no seal, no backup folder beside another program's file");
        }
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path db = place(good);
        Path mv = dir.resolve("db.mv.db");
        Files.setPosixFilePermissions(mv, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = digest(mv);

        CliRun years = CliRun.on(db, "years");

        assertEquals(Cli.DATABASE, years.status(), years::toString);
        assertTrue(years.err().contains("read-only"), years::toString);
        assertArrayEquals(before, digest(mv));
        Files.setPosixFilePermissions(mv, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(CliRun.on(db, "years").out().contains("25 initiatives"));
    }

    @Test
    void anUnreadableFileIsRefusedForThatReason() throws Exception {
        Path db = place(good);
        Path mv = dir.resolve("db.mv.db");
        Files.setPosixFilePermissions(mv, PosixFilePermissions.fromString("---------"));
        try {
            CliRun years = CliRun.on(db, "years");

            assertEquals(Cli.DATABASE, years.status(), years::toString);
            assertTrue(years.err().contains("cannot be read with your rights"), years::toString);
        } finally {
            Files.setPosixFilePermissions(mv, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertArrayEquals(good, Files.readAllBytes(mv));
    }

    @Test
    void aReadOnlyFolderIsRefusedAndTheFileLeftAsItWas() throws Exception {
        Path db = place(good);
        Path mv = dir.resolve("db.mv.db");
        byte[] before = digest(mv);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun years = CliRun.on(db, "years");

            assertEquals(Cli.DATABASE, years.status(), years::toString);
            assertTrue(years.err().contains("folder"), years::toString);
            assertArrayEquals(before, digest(mv));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertTrue(CliRun.on(db, "years").out().contains("25 initiatives"));
    }

    @Test
    void theRealCommandLinePrintsOneSentenceAndLogsTheDetailsToItsFile() throws Exception {
        Path db = place(Arrays.copyOf(good, 8192));
        Path data = dir.resolve("xdg");
        Process child = ChildJvm.startCapturingErrors(Map.of("XDG_DATA_HOME", data.toString()), Launcher.class,
                "--db", db.toString(), "--lang", "en", "years");
        child.getInputStream().readAllBytes();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));

        assertEquals(Cli.DATABASE, child.exitValue(), err);
        assertEquals(1, err.strip().lines().count(), "one sentence, nothing else: " + err);
        assertTrue(err.contains("is damaged") && err.contains(BACKUP_NAME), err);
        String log = Files.readString(data.resolve("sikkerby/logs/sikkerby-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("failed the check") || log.contains("without tables"), "the details are in the log");
    }

    @Test
    void restoreIsRefusedWhileAnotherProgramHasTheFileOpen() throws Exception {
        Path db = place(good);
        Process holder = ChildJvm.start(HoldDatabase.class, db.toString());
        try {
            String line = ChildJvm.stdout(holder).readLine();
            assertTrue(line != null && line.startsWith("OPEN"), "the other program opened it: " + line);
            CliRun restore = CliRun.on(db, "restore", dir.resolve("db-backups").resolve(BACKUP_NAME).toString());
            assertEquals(Cli.DATABASE, restore.status(), restore::toString);
            assertTrue(restore.err().contains("in use"), restore::toString);
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aMistypedPathCreatesNothing() {
        CliRun years = CliRun.on(dir.resolve("typo"), "years");

        assertEquals(Cli.DATABASE, years.status(), years::toString);
        assertTrue(years.err().contains("init"), years::toString);
        assertFalse(Files.exists(dir.resolve("typo.mv.db")));
    }

    private static byte[] export(Path db, Path csv) throws Exception {
        CliRun export = CliRun.on(db, "export", "--year", "2021", "--out", csv.toString());
        assertEquals(0, export.status(), export::toString);
        return Files.readAllBytes(csv);
    }

    static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
