package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The appendix's options from issue 17, each off by default: the criteria listed under each initiative's
 * row (PDF and Word) and a "last year" column beside the score (PDF, Word, CSV, the data sheet and the
 * workbook's appendix sheet), read
 * back from the files. 2022 is made from 2021; Sjakket scored 10/10 in 2021 and lists two criteria in 2022.
 */
class AppendixOptionsTest {

    @TempDir
    Path dir;
    private Database database;
    private ExportService export;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        SampleYear.create(database.dsl());
        ExportFixture.save(database.dsl(), "Sjakket", Score.of(10, 10), RichText.EMPTY, RichText.EMPTY);
        ExportFixture.save(database.dsl(), "Københavnerteamet", Score.notRelevant(), RichText.EMPTY, RichText.EMPTY);
        new YearSetupService(database.store()).createFromPreviousYear(TestActors.administrator(), 2022);
        SubmissionService service = new SubmissionService(database.store());
        InitiativeRow sjakket = service.loadYear(2022).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .findFirst().orElseThrow();
        service.save(TestActors.administrator(), 2022, sjakket.initiativeId(), new SubmissionForm("", "", false,
                RichText.plain("Note 2022"), RichText.EMPTY, List.of(
                        new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                        new SuccessCriterion("Tryghed i området", CriterionOutcome.DROPPED, "Ingen måling",
                                CriterionMarker.NEW, ""))), sjakket.version());
        export = TestServices.exports(database.store(), Messages.forLocale(Messages.DANISH));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ExportRequest request(ExportFormat format, String file, AppendixOptions options) {
        return new ExportRequest(2022, format, dir.resolve(file), Optional.empty(), false, CsvDialect.COMMA, options);
    }

    @Test
    void thePdfListsTheCriteriaAndLastYearsScoreWhenAskedAndStaysValid() throws Exception {
        ExportRequest with = request(ExportFormat.PDF, "with.pdf", new AppendixOptions(true, true));
        ExportRequest without = request(ExportFormat.PDF, "without.pdf", AppendixOptions.NONE);
        export.export(TestActors.administrator(), with, Progress.NONE);
        export.export(TestActors.administrator(), without, Progress.NONE);
        String on = PdfText.squeezed(PdfText.read(with.target()).all());
        String off = PdfText.squeezed(PdfText.read(without.target()).all());
        assertTrue(on.contains(PdfText.squeezed("1. Færre anmeldelser: Opfyldt")), on);
        assertTrue(on.contains(PdfText.squeezed("2. Tryghed i området: Udgår (Ingen måling)")), on);
        assertTrue(on.contains("Sidsteår"), "the column heading");
        assertTrue(on.contains(PdfText.squeezed("Sjakket SOF 1/1 10/10")), "this year's score, then last year's: " + on);
        assertFalse(off.contains("Færreanmeldelser"), "no criteria unless asked");
        assertFalse(off.contains("Sidsteår"), "no column unless asked");
        assertEquals(List.of(), PdfValidation.failures(with.target(), PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), PdfValidation.failures(with.target(), PDFAFlavour.PDFA_2_U));
    }

    @Test
    void theWordTableGetsTheColumnAndACriteriaRowUnderTheInitiative() throws Exception {
        ExportRequest with = request(ExportFormat.DOCX, "with.docx", new AppendixOptions(true, true));
        export.export(TestActors.administrator(), with, Progress.NONE);
        try (InputStream in = Files.newInputStream(with.target()); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals("Sidste år", table.getRow(0).getCell(3).getText());
            assertEquals(6, table.getRow(0).getTableCells().size());
            List<XWPFTableRow> rows = table.getRows();
            int at = -1;
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).getTableCells().size() == 6 && rows.get(r).getCell(0).getText().equals("Sjakket")) {
                    at = r;
                }
            }
            assertTrue(at > 0, "Sjakket's row");
            assertEquals("1/1", rows.get(at).getCell(2).getText());
            assertEquals("10/10", rows.get(at).getCell(3).getText());
            assertEquals("Note 2022", rows.get(at).getCell(4).getText());
            XWPFTableRow criteria = rows.get(at + 1);
            assertEquals(1, criteria.getTableCells().size(), "one cell across the table");
            assertEquals(List.of("Succeskriterier", "1. Færre anmeldelser: Opfyldt", "2. Tryghed i området: Udgår (Ingen måling)"),
                    criteria.getCell(0).getParagraphs().stream().map(p -> p.getText()).toList());
        }
    }

    @Test
    void theCsvGetsALastYearColumnAndRefusesTheCriteriaOption() throws Exception {
        ExportRequest with = request(ExportFormat.CSV, "with.csv", new AppendixOptions(false, true));
        export.export(TestActors.administrator(), with, Progress.NONE);
        List<String> lines = Files.readAllLines(with.target(), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith(",\"Sidste år\""), lines.get(0));
        String sjakket = lines.stream().filter(l -> l.contains("\"Sjakket\"")).findFirst().orElseThrow();
        assertTrue(sjakket.endsWith(",\"10/10\""), sjakket);
        ExportRequest plain = request(ExportFormat.CSV, "plain.csv", AppendixOptions.NONE);
        export.export(TestActors.administrator(), plain, Progress.NONE);
        assertFalse(Files.readAllLines(plain.target(), StandardCharsets.UTF_8).get(0).contains("Sidste år"));
        ExportRequest criteria = request(ExportFormat.CSV, "criteria.csv", new AppendixOptions(true, false));
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> export.export(TestActors.administrator(), criteria, Progress.NONE));
        assertEquals("export.error.criteriaOnlyInDocuments", refused.key());
        assertFalse(Files.exists(criteria.target()), "nothing written");
    }

    @Test
    void theWorkbooksAppendixSheetGetsTheColumnBesideTheScoreAndKeepsItsLayoutWithout() throws Exception {
        SubmissionService service = new SubmissionService(database.store());
        InitiativeRow team = service.loadYear(2022).rows().stream().filter(r -> r.name().equals("Københavnerteamet"))
                .findFirst().orElseThrow();
        service.save(TestActors.administrator(), 2022, team.initiativeId(), SubmissionForm.of(Score.of(1, 2),
                RichText.plain("=HYPERLINK(\"http://x\",\"klik\")"), RichText.plain("@SUM(A1)")), team.version());
        ExportRequest with = request(ExportFormat.XLSX, "with.xlsx", new AppendixOptions(false, true));
        ExportRequest without = request(ExportFormat.XLSX, "without.xlsx", AppendixOptions.NONE);
        export.export(TestActors.administrator(), with, Progress.NONE);
        export.export(TestActors.administrator(), without, Progress.NONE);
        try (XSSFWorkbook on = read(with.target()); XSSFWorkbook off = read(without.target())) {
            XSSFSheet sheet = on.getSheetAt(0);
            List<String> header = texts(sheet.getRow(AppendixSheetWriter.HEADER_ROW));
            assertEquals(List.of("Indsats", "Forvaltning ¹", "Målopfyldelse", "Sidste år"), header.subList(0, 4));
            assertEquals(6, header.size(), header.toString());
            assertTrue(sheet.getRow(AppendixSheetWriter.HEADER_ROW).getCell(3).getCellStyle().getFont().getBold(),
                    "styled as a header cell");
            int[] widths = AppendixText.widths(AppendixSheetWriter.WIDTHS, new AppendixOptions(false, true));
            for (int c = 0; c < widths.length; c++) {
                assertEquals(widths[c] * 256, sheet.getColumnWidth(c), "the PDF's and Word's proportions, column " + c);
            }
            Row sjakket = rowOf(sheet, "Sjakket");
            assertEquals(List.of("Sjakket", "SOF", "1/1", "10/10", "Note 2022", ""), texts(sjakket));
            Row hostile = rowOf(sheet, "Københavnerteamet");
            assertEquals("Ikke relevant", hostile.getCell(3).getStringCellValue());
            assertTrue(hostile.getHeightInPoints() > sjakket.getHeightInPoints(),
                    "the row is high enough for \"Ikke relevant\" wrapped in the narrow column");
            assertEquals("", rowOf(sheet, "Idrætssociale Indsatser").getCell(3).getStringCellValue(), "no earlier score: an empty cell");
            for (int c = 4; c <= 5; c++) {
                Cell cell = hostile.getCell(c);
                assertEquals(CellType.STRING, cell.getCellType(), "never a formula");
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "the quote prefix, column " + c);
            }
            assertEquals("=HYPERLINK(\"http://x\",\"klik\")", hostile.getCell(4).getStringCellValue());
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                assertEquals(widths.length - 1, merged.getLastColumn(), "title, categories and footnote span the six columns");
            }
            XSSFSheet plain = off.getSheetAt(0);
            assertEquals(5, texts(plain.getRow(AppendixSheetWriter.HEADER_ROW)).size());
            assertFalse(texts(plain.getRow(AppendixSheetWriter.HEADER_ROW)).contains("Sidste år"), "no column unless asked");
            for (int c = 0; c < AppendixSheetWriter.COLUMNS; c++) {
                assertEquals(AppendixSheetWriter.WIDTHS[c] * 256, plain.getColumnWidth(c), "the committee's widths, column " + c);
            }
            assertEquals(List.of("Sjakket", "SOF", "1/1", "Note 2022", ""), texts(rowOf(plain, "Sjakket")));
            for (CellRangeAddress merged : plain.getMergedRegions()) {
                assertEquals(AppendixSheetWriter.COLUMNS - 1, merged.getLastColumn());
            }
            assertEquals(sheet.getLastRowNum(), plain.getLastRowNum(), "the same rows");
        }
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row rowOf(XSSFSheet sheet, String initiative) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(initiative)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + initiative);
    }

    private static List<String> texts(Row row) {
        List<String> out = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return out;
    }
}
