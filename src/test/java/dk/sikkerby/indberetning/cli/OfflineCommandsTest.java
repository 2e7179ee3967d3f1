package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import dk.sikkerby.indberetning.testsupport.TestActors;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template} and {@code import-return} as a reviewer runs them from a shell. */
class OfflineCommandsTest {

    @TempDir
    Path folder;
    Path db;
    String out;
    String err;

    @BeforeEach
    void createDatabase() {
        db = folder.resolve("sikkerby");
        try (Database database = TestDatabase.open(DatabaseFile.of(db))) {
            SampleYear.create(database.dsl());
        }
    }

    @Test
    void templatesForEveryDepartmentThenAFilledOneReadBack() throws Exception {
        assertEquals(Cli.REFUSED, run("template", "--year", "2021", "--out", folder.resolve("ud").toString()),
                "a missing folder is refused, as export refuses it");
        assertFalse(Files.exists(folder.resolve("ud")));
        Files.createDirectories(folder.resolve("ud"));
        out = "";
        assertEquals(0, run("template", "--year", "2021", "--out", folder.resolve("ud").toString()), err);
        assertEquals(3, out.lines().count(), out);
        Path sof = folder.resolve("ud").resolve("Afrapportering 2021 SOF.xlsx");
        assertTrue(out.contains("SOF: " + sof + " (2 indsatser)"), out);
        fill(sof, "Sjakket", 7, 8);

        assertEquals(0, run("import-return", sof.toString(), "--dry-run"));
        assertEquals("Afrapportering 2021 SOF.xlsx (SOF 2021): 1 nye, 0 ændrede, 1 uændrede, 0 konflikter, 0 mangler i arket\n"
                + "  Ny: Sjakket – Opfyldte mål: (tom) → 7; Antal mål: (tom) → 8\n"
                + "Prøvekørsel: intet er skrevet.\n", out);
        assertEquals(Score.missing(), stored("Sjakket"));

        assertEquals(0, run("import-return", sof.toString()));
        assertTrue(out.endsWith("Skrevet: 1 indsatser fra 1 filer; 0 konflikter beholdt med databasens udgave.\n"), out);
        assertEquals(Score.of(7, 8), stored("Sjakket"));
    }

    @Test
    void oneRefusedFileWritesNothingAtAll() throws Exception {
        run("template", "--year", "2021", "--department", "SOF", "--out", folder.resolve("SOF.xlsx").toString());
        fill(folder.resolve("SOF.xlsx"), "Sjakket", 7, 8);
        Path bad = Files.writeString(folder.resolve("TMF.xlsx"), "ikke en projektmappe");

        assertEquals(Cli.REFUSED, run("import-return", folder.resolve("SOF.xlsx").toString(), bad.toString()));

        assertTrue(out.contains("TMF.xlsx: afvist, intet læses ind fra filen\n  Filen er ikke en Excel-projektmappe (xlsx)"), out);
        assertEquals("En eller flere filer er afvist. Intet er skrevet. Ret filerne, eller læs kun de godkendte ind.\n", err);
        assertEquals(Score.missing(), stored("Sjakket"));
    }

    @Test
    void conflictsNeedAChoiceOnTheCommandLine() throws Exception {
        Path sof = folder.resolve("SOF.xlsx");
        run("template", "--year", "2021", "--department", "sof", "--out", sof.toString());
        try (Database database = TestDatabase.open(DatabaseFile.of(db))) {
            int id = new SubmissionRepository(database.dsl()).rows(2021).stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow().initiativeId();
            new SubmissionService(database.store()).save(TestActors.administrator(), 2021, id, new SubmissionForm("1", "1", false, RichText.EMPTY, RichText.EMPTY), 0);
        }
        fill(sof, "Sjakket", 7, 8);

        assertEquals(Cli.REFUSED, run("import-return", sof.toString()));
        assertTrue(err.startsWith("1 konflikter. Intet er skrevet."), err);
        assertEquals(Score.of(1, 1), stored("Sjakket"));

        assertEquals(0, run("import-return", sof.toString(), "--on-conflict=take-workbook"));
        assertEquals(Score.of(7, 8), stored("Sjakket"));
    }

    @Test
    void aWrongConflictChoiceIsAUsageError() {
        assertEquals(Cli.USAGE, run("import-return", "x.xlsx", "--on-conflict=maybe"));
        assertTrue(err.contains("\"maybe\"") && err.contains("keep-database|take-workbook"), err);
        assertFalse(err.contains("Resolution") || err.contains("Exception"), "no Java names: " + err);
    }

    private int run(String... command) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "--lang", "da"));
        args.addAll(List.of(command));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        String[] argv = args.toArray(String[]::new);
        int code = Cli.create(argv, new PrintWriter(outText, true), new PrintWriter(errText, true)).execute(argv);
        out = outText.toString().replace(System.lineSeparator(), "\n");
        err = errText.toString().replace(System.lineSeparator(), "\n");
        return code;
    }

    private static void fill(Path file, String initiative, int met, int total) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        for (Row row : workbook.getSheetAt(0)) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(initiative)) {
                row.getCell(2).setCellValue(met);
                row.getCell(3).setCellValue(total);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private Score stored(String initiative) {
        try (Database database = TestDatabase.open(DatabaseFile.of(db))) {
            return new SubmissionRepository(database.dsl()).rows(2021).stream()
                    .filter(r -> r.name().equals(initiative)).findFirst().orElseThrow().score();
        }
    }
}
