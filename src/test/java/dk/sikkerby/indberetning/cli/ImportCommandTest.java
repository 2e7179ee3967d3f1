package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.Sample2021;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sikkerby --db DB import FILE …} as a script runs it: exit status, report on stdout, one sentence on stderr. */
class ImportCommandTest {

    private static final String FILE = Sample2021.path().toString();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        int status = Cli.create(all, new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new Run(status, out.toString(), err.toString());
    }

    /** Only {@code init} creates a database; every other command refuses a missing file. */
    @BeforeEach
    void createTheDatabase() {
        assertEquals(0, run("init").status());
    }

    @Test
    void importsAndThenHasNothingToChange() {
        Run first = run("import", FILE);
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("Imported: 25 initiatives in 2021."), first.out());
        assertTrue(first.out().contains("line 7, column 25: WARNING: KFF (used on line 7) is not in the footnote (line 9)"),
                first.out());

        Run second = run("import", FILE);
        assertEquals(0, second.status());
        assertTrue(second.out().contains("Nothing to change"), second.out());
        assertTrue(run("years").out().contains("2021"));
    }

    @Test
    void refusesWithTheReportAndOneSentenceOnStderr() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), Files.readString(Path.of(FILE)).replace("\t10/10\t", "\t11/10\t"));

        Run result = run("import", bad.toString());

        assertEquals(Cli.REFUSED, result.status());
        assertTrue(result.out().contains("line 14, column 13: ERROR: Goals met (11) cannot exceed the number of goals (10)"),
                result.out());
        assertEquals("Refused: errors in the file: 1 (see above). Nothing was written.", result.err().strip());
        assertEquals("The database has no years yet.", run("years").out().strip());
    }

    @Test
    void aDifferingFileNeedsReplace() throws IOException {
        run("import", FILE);
        Path changed = Files.writeString(dir.resolve("changed.txt"),
                Files.readString(Path.of(FILE)).replace("\t10/10\t", "\t9/10\t"));

        Run refused = run("import", changed.toString());
        assertEquals(Cli.REFUSED, refused.status());
        assertTrue(refused.out().contains("Score: 10/10 → 9/10"), refused.out());

        Run replaced = run("import", changed.toString(), "--replace");
        assertEquals(0, replaced.status(), replaced.err());
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndWritesNothing() {
        Run dry = run("import", FILE, "--dry-run");

        assertEquals(0, dry.status());
        assertTrue(dry.out().contains("Dry run"), dry.out());
        assertTrue(run("import", FILE, "--dry-run").out().contains("can be imported"));
    }

    @Test
    void aYearThatDisagreesWithTheTitleIsRefused() {
        Run result = run("import", FILE, "--year", "2020");

        assertEquals(Cli.REFUSED, result.status());
        assertTrue(result.out().contains("line 3: ERROR: The title says 2021, but the year 2020 was asked for."), result.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonReportHasTheSameFindingsForScripts() throws Exception {
        Run result = run("import", FILE, "--report", "json");

        assertEquals(0, result.status());
        Map<String, Object> report = (Map<String, Object>) new JSONParser().parse(result.out());
        assertEquals("IMPORTED", report.get("outcome"));
        assertEquals(2021L, ((Number) report.get("year")).longValue());
        List<Map<String, Object>> findings = (List<Map<String, Object>>) report.get("findings");
        Map<String, Object> kff = findings.stream().filter(f -> "WARNING".equals(f.get("severity"))).findFirst().orElseThrow();
        assertEquals("import.department.codeMismatch", kff.get("key"));
        assertEquals(7L, ((Number) kff.get("line")).longValue());
        assertEquals(25, ((List<?>) report.get("initiatives")).size());
    }

    @Test
    void anUnknownReportFormIsAUsageError() {
        assertEquals(Cli.USAGE, run("import", FILE, "--report", "xml").status());
    }

    @Test
    void anUnknownReportFormatIsAUsageErrorInOneSentenceWithoutJavaNames() {
        Run result = run("import", FILE, "--report", "xml");

        assertEquals(Cli.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("\"xml\"") && result.err().contains("text|json"), result.err());
        assertFalse(result.err().contains("ReportFormat") || result.err().contains("Exception"), result.err());
    }

    @Test
    void theExampleShippedWithTheAppImportsWithoutAFileAndIsTheSameAsTheFile() {
        Run example = run("import", "--example", "2021");
        assertEquals(0, example.status(), example.err());
        assertTrue(example.out().contains("Imported: 25 initiatives in 2021."), example.out());
        assertTrue(example.out().contains("bilag1-2021.txt"), "the report names the example's file: " + example.out());

        Run file = run("import", FILE);
        assertEquals(0, file.status(), file.err());
        assertTrue(file.out().contains("Nothing to change"), file.out());
    }

    @Test
    void anExampleTheAppDoesNotShipOrNoFileAtAllIsAUsageErrorThatSaysWhatThereIs() {
        Run missing = run("import", "--example", "2020");
        assertEquals(Cli.USAGE, missing.status());
        assertTrue(missing.err().contains("The app has no example for 2020; it has: 2021."), missing.err());
        Run nothing = run("import");
        assertEquals(Cli.USAGE, nothing.status());
        assertTrue(nothing.err().contains("Give the appendix file to import, or --example 2021."), nothing.err());
        Run both = run("import", FILE, "--example", "2021");
        assertEquals(Cli.USAGE, both.status());
        assertTrue(both.err().contains("Give either a file or --example, not both."), both.err());
        assertFalse(run("years").out().contains("2021"), "nothing was imported");
    }
}
