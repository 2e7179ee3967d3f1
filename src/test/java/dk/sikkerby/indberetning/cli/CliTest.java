package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script would use it: output, errors on stderr, exit status. */
class CliTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void isolateSettings() {
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
    void helpListsTheCommandsInDanishByDefault() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("init"), out.toString());
        assertTrue(out.toString().contains("Opret databasen"), out.toString());
    }

    @Test
    void initCreatesTheDatabaseWithOrWithoutTheSuffix() {
        assertEquals(0, run("--db", dir.resolve("a.mv.db").toString(), "init"));
        assertTrue(Files.isRegularFile(dir.resolve("a.mv.db")));
        assertTrue(out.toString().contains("Databasen er klar"), out.toString());
        assertEquals(0, run("--db", dir.resolve("a").toString(), "years"));
        assertTrue(out.toString().contains("ingen år"), out.toString());
    }

    @Test
    void yearsListsCountsInEnglishOnRequest() {
        try (Database db = TestDatabase.open(DatabaseFile.of(dir.resolve("b").toString()))) {
            SampleYear.create(db.dsl());
        }
        assertEquals(0, run("--lang", "en", "--db", dir.resolve("b").toString(), "years"));
        assertTrue(out.toString().contains("2021  Bilag 1: Indsatsernes målopfyldelse for 2021  4 initiatives, 0 with a score, 4 missing"),
                out.toString());
    }

    @Test
    void theReadingCommandsLeaveASealedFileAndItsSealByteForByteAsTheyWere() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("r").toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
        }
        assertEquals(0, run("--db", file.toString(), "years")); // the day's first opening: the backup
        byte[] before = Files.readAllBytes(file.mvFile());
        String seal = Files.readString(file.mvFile().resolveSibling(file.mvFile().getFileName() + ".seal"));
        assertEquals(0, run("--db", file.toString(), "years"));
        assertEquals(0, run("--db", file.toString(), "users"));
        assertEquals(0, run("--db", file.toString(), "history", "--initiative", "1"));
        assertTrue(out.toString().contains("2021  Bilag 1: Indsatsernes målopfyldelse for 2021  4 indsatser"), out.toString());
        assertArrayEquals(before, Files.readAllBytes(file.mvFile()));
        assertEquals(seal, Files.readString(file.mvFile().resolveSibling(file.mvFile().getFileName() + ".seal")));
    }

    @Test
    void aFileThatIsNotADatabaseGivesOneSentenceOnStderrAndStatusThree() throws Exception {
        Path bogus = Files.writeString(dir.resolve("notes.mv.db"), "just text", StandardCharsets.UTF_8);
        assertEquals(Cli.DATABASE, run("--db", bogus.toString(), "years"));
        assertTrue(err.toString().contains("ikke en Sikker By-database"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
        assertArrayEquals("just text".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(bogus));
    }

    @Test
    void anUnknownLanguageIsRefused() {
        assertEquals(Cli.USAGE, run("--lang", "fr", "--db", dir.resolve("c").toString(), "init"));
        assertTrue(err.toString().contains("--lang \"fr\""), err.toString());
    }

    @Test
    void theSettingsFileChoosesTheDatabaseAndDbOverridesIt() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Path chosen = dir.resolve("from-settings");
        Files.writeString(dir.resolve("data/settings.properties"), "database=" + chosen.toString().replace("\\", "/") + "\n");
        assertEquals(0, run("init"));
        assertTrue(Files.isRegularFile(dir.resolve("from-settings.mv.db")));
        assertEquals(0, run("--db", dir.resolve("explicit").toString(), "init"));
        assertTrue(Files.isRegularFile(dir.resolve("explicit.mv.db")));
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(Cli.USAGE, run("frobnicate"));
    }

    @Test
    void aWrongLanguageInTheSettingsFileIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/settings.properties"), "language=klingon\n");
        assertEquals(Cli.REFUSED, run("--db", dir.resolve("d").toString(), "init"));
        assertTrue(err.toString().contains("language = \"klingon\""), err.toString());
    }

    @Test
    void onlyTheDataFoldersOwnDatabaseIsCreatedByAnyCommandATypedPathOnlyByInit() {
        assertEquals(Cli.DATABASE, run("--lang", "en", "--db", dir.resolve("typo").toString(), "years"));
        assertTrue(err.toString().contains("init"), err.toString());
        assertFalse(Files.exists(dir.resolve("typo.mv.db")));

        assertEquals(0, run("--lang", "en", "years"));
        assertTrue(Files.isRegularFile(dir.resolve("data/sikkerby.mv.db")), "no path to mistype: created");
    }
}
