package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sikkerby --db DB export …} as a reviewer runs it, with its exit codes and messages. */
class ExportCommandTest {

    @TempDir
    Path dir;
    private Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        db = dir.resolve("sikkerby");
        try (Database database = TestDatabase.open(dk.sikkerby.indberetning.persistence.DatabaseFile.of(db.toString()))) {
            SampleYear.create(database.dsl());
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "--lang";
        all[3] = "da";
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.create(all, new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    @Test
    void writesTheWorkbookAndSaysWhatItWrote() throws IOException {
        Path file = dir.resolve("bilag.xlsx");
        assertEquals(0, run("export", "--year", "2021", "--out", file.toString(), "--colours"), err.toString());
        assertEquals("Eksporteret 2021 til " + file + ": 4 indsatser, 4 uden målopfyldelse.", out.toString().strip());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2021",
                    workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void writesThePdfAndWordAppendixAsADraftUntilTheYearIsLocked() throws IOException {
        Path pdf = dir.resolve("bilag.pdf");
        Path docx = dir.resolve("bilag.docx");
        assertEquals(0, run("export", "--year", "2021", "--out", pdf.toString()), err.toString());
        assertEquals("Eksporteret 2021 til " + pdf + ": 4 indsatser, 4 uden målopfyldelse.", out.toString().strip());
        assertEquals(0, run("export", "--year", "2021", "--out", docx.toString(), "--colours"), err.toString());
        assertEquals("", err.toString(), "the renderer prints nothing on the console");
        assertTrue(pdfText(pdf).contains("KLADDE: Året 2021 er ikke låst"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getHeaderList().get(0).getText().contains("KLADDE"));
        }

        try (Database database = TestDatabase.open(dk.sikkerby.indberetning.persistence.DatabaseFile.of(db.toString()))) {
            TestServices.workflow(database.store()).lockYear(TestActors.administrator(), 2021, "Sendt til udvalget");
        }
        assertEquals(0, run("export", "--year", "2021", "--format", "pdf", "--out", pdf.toString()), err.toString());
        String locked = pdfText(pdf);
        assertTrue(locked.contains("Bilag 1: Indsatsernes målopfyldelse for 2021") && !locked.contains("KLADDE"), locked);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theAppendixOptionsAreFlagsOffByDefault() throws IOException {
        Path docx = dir.resolve("med.docx");
        assertEquals(0, run("export", "--year", "2021", "--out", docx.toString(), "--criteria", "--last-year"), err.toString());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Sidste år", doc.getTables().get(0).getRow(0).getCell(3).getText());
        }
        Path plain = dir.resolve("uden.docx");
        assertEquals(0, run("export", "--year", "2021", "--out", plain.toString()), err.toString());
        try (InputStream in = Files.newInputStream(plain); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(5, doc.getTables().get(0).getRow(0).getTableCells().size(), "the committee's five columns");
        }
        err.getBuffer().setLength(0);
        assertEquals(Cli.REFUSED, run("export", "--year", "2021", "--out", dir.resolve("x.xlsx").toString(), "--criteria"));
        assertEquals("Succeskriterierne står altid i et ark eller en fil for sig i xlsx og csv; --criteria gælder pdf og docx.",
                err.toString().strip());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void writesCsvWithTheDanishSeparatorForOneDepartment() throws IOException {
        Path file = dir.resolve("data.txt");
        assertEquals(0, run("export", "--year", "2021", "--format", "csv", "--separator", ";", "--department", "SOF",
                "--out", file.toString()), err.toString());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"År\";\"Kategori\";"), csv);
        assertEquals(3, csv.split("\r\n").length, "header and SOF's two initiatives");
    }

    @Test
    void refusalsAreOneSentenceOnStderrWithExitCodeOne() {
        Path file = dir.resolve("bilag.xlsx");
        assertEquals(Cli.REFUSED, run("export", "--year", "2019", "--out", file.toString()));
        assertEquals("Året 2019 findes ikke i databasen.", err.toString().strip());
        assertFalse(Files.exists(file));
    }

    @Test
    void optionsThatDoNotFitTogetherAreRefusedBeforeTheDatabaseIsOpened() {
        assertEquals(Cli.REFUSED, run("export", "--year", "2021", "--out", dir.resolve("x.csv").toString(), "--colours"));
        assertEquals("Trafiklys (--colours) findes ikke i csv-formatet.", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(Cli.REFUSED, run("export", "--year", "2021", "--out", dir.resolve("x.odt").toString()));
        assertTrue(err.toString().startsWith("Skriv --format xlsx, csv, pdf eller docx"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(Cli.REFUSED, run("export", "--year", "2021", "--format", "ods", "--out", dir.resolve("x.ods").toString()));
        assertEquals("Formatet \"ods\" kendes ikke. Brug xlsx, csv, pdf eller docx.", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(Cli.REFUSED, run("export", "--year", "2021", "--out", dir.resolve("x.pdf").toString(), "--separator", ";"));
        assertEquals("Skilletegn (--separator) gælder kun csv-formatet.", err.toString().strip());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        err.getBuffer().setLength(0);
        assertEquals(Cli.REFUSED, run("export", "--year", "2021", "--out", dir.resolve("x.csv").toString(), "--separator", "|"));
        assertEquals("Skilletegnet \"|\" kendes ikke. Brug , eller ;.", err.toString().strip());
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertEquals(Cli.USAGE, run("export", "--year", "2021"));
        assertTrue(err.toString().contains("--out"), err.toString());
    }
}
