package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportResult;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.importer.Outcome;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trip: the real 2021 appendix imported into an H2 file as the command line imports it, exported
 * to xlsx and CSV, and every category, score and text of the original file found again, row by row.
 * The expectations come from {@link OriginalAppendix}, which reads the file without the importer's code.
 */
class ImportExportRoundTripTest {

    private static final int FIRST_TABLE_ROW = 3;

    @TempDir
    static Path dir;
    private static OriginalAppendix original;
    private static Path xlsx;
    private static Path csv;
    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void importAndExport() throws Exception {
        original = OriginalAppendix.read();
        xlsx = dir.resolve("bilag1-2021.xlsx");
        csv = dir.resolve("bilag1-2021.csv");
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            ImportResult imported = new ImportService(db.store())
                    .run(TestActors.administrator(), OriginalAppendix.path(), new ImportRequest(Optional.empty(), false, false), Progress.NONE);
            assertEquals(Outcome.IMPORTED, imported.outcome(), () -> imported.findings().toString());
            ExportService export = TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH));
            export.export(TestActors.administrator(), ExportRequest.xlsx(2021, xlsx), Progress.NONE);
            export.export(TestActors.administrator(), ExportRequest.csv(2021, csv, CsvDialect.COMMA), Progress.NONE);
        }
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
        sheet = workbook.getSheetAt(0);
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    /** The expectations are the file's, not the parser's guesses: a few rows checked against the file's text. */
    @Test
    void theOriginalIsReadAsTheFileWritesIt() {
        assertEquals(List.of("PRIMÆR FOREBYGGELSE", "SEKUNDÆR FOREBYGGELSE", "TERTIÆR FOREBYGGELSE", "OMRÅDEBASEREDE INDSATSER"),
                original.categories);
        assertEquals(25, original.rows.size());
        assertEquals(List.of("Sjakket", "SOF", "10/10"), fields(row("Sjakket")));
        assertEquals(List.of("TV-overvågning", "ØKF", "Ikke relevant"), fields(row("TV-overvågning")));
        assertEquals("", row("TV-overvågning").notePlain());
        OriginalAppendix.Row buagl = row("Beskæftigelses- og uddannelsesfokuseret afsoning og god løsladelse (BUAGL)");
        assertEquals(List.of("BIF", "3/3"), fields(buagl).subList(1, 3));
        assertTrue(buagl.notePlain().contains("københavnere i perioder sket via telefon"), buagl.notePlain());
        assertTrue(row("Din Betjent").assessmentPlain().endsWith("for både kampagner, netværksarrangementer og "
                + "borgerkontakt. Disse vil blive taget i brug næste år."));
        assertEquals(List.of("Idrætssociale Indsatser", "FerieCamp"), row("Idrætssociale Indsatser").assessmentItalics());
        assertEquals(List.of("BIF", "ØKF", "KKF", "SOF", "TMF", "BUF"), List.copyOf(original.footnote.keySet()),
                "the 2021 footnote has the KKF mistake");
        assertEquals("Kultur- og Fritidsforvaltningen", original.footnote.get("KKF"));
    }

    @Test
    void titleAndHeaderAreTheOriginals() {
        assertEquals(original.title, text(sheet.getRow(0).getCell(0)));
        assertEquals(original.header, texts(2));
    }

    @Test
    void everyCategoryAndInitiativeComesBackInTheFilesOrderWithItsScoreAndTexts() {
        int r = FIRST_TABLE_ROW;
        String category = null;
        for (OriginalAppendix.Row expected : original.rows) {
            if (!expected.category().equals(category)) {
                category = expected.category();
                assertEquals(List.of(category, "", "", "", ""), texts(r), "category row " + r);
                r++;
            }
            assertEquals(List.of(expected.name(), expected.department(), expected.score(), expected.notePlain(),
                    expected.assessmentPlain()), texts(r), "line " + expected.line() + " of the original, sheet row " + r);
            r++;
        }
        assertEquals(FIRST_TABLE_ROW + original.categories.size() + original.rows.size(), r);
        assertTrue(sheet.getRow(r) == null || texts(r).stream().allMatch(String::isEmpty), "nothing after the table");
    }

    @Test
    void theCellsTheFilePageBrokeAreWholeAgain() {
        assertEquals("Beskæftigelses- og uddannelsesfokuseret afsoning og god løsladelse (BUAGL)", cellOf("BUAGL", 0));
        assertTrue(cellOf("Din Betjent", 4).endsWith("kampagner, netværksarrangementer og borgerkontakt. Disse vil "
                + "blive taget i brug næste år."), cellOf("Din Betjent", 4));
        assertTrue(cellOf("18+ enheden", 4).endsWith("pr. dag.\nSikker By er løbende i dialog med indsatsen om "
                + "succeskriteriernes udformning. Denne dialog vil fortsætte i efteråret."), cellOf("18+ enheden", 4));
        assertEquals(List.of("Sjakket", "SOF", "10/10"), texts(rowIndexOf("Sjakket")).subList(0, 3));
        assertEquals(List.of("TV-overvågning", "ØKF", "Ikke relevant", "", ""), texts(rowIndexOf("TV-overvågning")));
    }

    @Test
    void italicRunsAreItalicExactlyWhereTheFileHasThem() {
        int checked = 0;
        for (OriginalAppendix.Row expected : original.rows) {
            XSSFCell[] cells = {sheet.getRow(rowIndexOf(expected.name())).getCell(3),
                    sheet.getRow(rowIndexOf(expected.name())).getCell(4)};
            assertEquals(expected.noteItalics(), italicRuns(cells[0]), expected.name() + " note");
            assertEquals(expected.assessmentItalics(), italicRuns(cells[1]), expected.name() + " assessment");
            checked += expected.noteItalics().size() + expected.assessmentItalics().size();
        }
        assertEquals(3, checked, "the file has three italic runs");
        assertEquals(List.of("Idrætssociale Indsatser", "FerieCamp"),
                italicRuns(sheet.getRow(rowIndexOf("Idrætssociale Indsatser")).getCell(4)));
        assertEquals(List.of("sunde fællesskaber"), italicRuns(sheet.getRow(rowIndexOf("Københavnerteamet")).getCell(4)));
    }

    @Test
    void theFootnoteNamesTheDepartmentsOfTheRowsWithKffNotKkf() {
        Set<String> used = new LinkedHashSet<>();
        original.rows.forEach(r -> used.add(r.department()));
        List<String> items = new ArrayList<>();
        for (String code : used) {
            // the file's footnote calls KFF "KKF": its name is looked up under the file's (wrong) code
            items.add(code + " er " + original.footnote.get(code.equals("KFF") ? "KKF" : code));
        }
        String expected = "¹ " + String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
        String footnote = footnoteText();
        assertEquals(expected, footnote);
        assertTrue(footnote.contains("KFF er Kultur- og Fritidsforvaltningen"), footnote);
        assertFalse(footnote.contains("KKF"), footnote);
        assertEquals(6, used.size());
    }

    @Test
    void theCsvHasEveryInitiativeWithItsScoreAndTexts() throws Exception {
        List<List<String>> records = CsvParser.parse(Files.readAllBytes(csv), ',');
        assertEquals(original.rows.size() + 1, records.size());
        for (int i = 0; i < original.rows.size(); i++) {
            OriginalAppendix.Row expected = original.rows.get(i);
            boolean notRelevant = expected.score().equals("Ikke relevant");
            String[] fraction = notRelevant ? new String[] {"", ""} : expected.score().split("/");
            List<String> actual = records.get(i + 1);
            assertEquals(List.of("2021", expected.category(), expected.name(), expected.department()),
                    actual.subList(0, 4), "line " + expected.line());
            assertEquals(List.of("false", fraction[0], fraction[1], String.valueOf(notRelevant)), actual.subList(5, 9),
                    expected.name());
            assertEquals(List.of(expected.notePlain(), expected.assessmentPlain()), actual.subList(10, 12), expected.name());
        }
    }

    @Test
    void libreOfficeReadsTheSameTable() throws Exception {
        List<Path> sheets = LibreOffice.convert(xlsx, LibreOffice.CSV_ALL_SHEETS, dir.resolve("lo"), dir.resolve("profile"));
        List<List<String>> appendix = CsvParser.parseLines(Files.readAllBytes(sheets.get(0)), ',');
        assertEquals(original.title, appendix.get(0).get(0));
        int r = FIRST_TABLE_ROW;
        String category = null;
        for (OriginalAppendix.Row expected : original.rows) {
            if (!expected.category().equals(category)) {
                category = expected.category();
                assertEquals(List.of(category, "", "", "", ""), appendix.get(r++));
            }
            assertEquals(List.of(expected.name(), expected.department(), expected.score(), expected.notePlain(),
                    expected.assessmentPlain()), appendix.get(r++), "line " + expected.line() + " of the original");
        }
    }

    private static OriginalAppendix.Row row(String name) {
        return original.rows.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + name + " in the original"));
    }

    private static List<String> fields(OriginalAppendix.Row row) {
        return List.of(row.name(), row.department(), row.score());
    }

    private static int rowIndexOf(String name) {
        for (int r = FIRST_TABLE_ROW; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && text(sheet.getRow(r).getCell(0)).equals(name)) {
                return r;
            }
        }
        throw new AssertionError("No row " + name + " in the workbook");
    }

    private static String cellOf(String nameContains, int column) {
        for (int r = FIRST_TABLE_ROW; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && text(sheet.getRow(r).getCell(0)).contains(nameContains)) {
                return text(sheet.getRow(r).getCell(column));
            }
        }
        throw new AssertionError("No row with " + nameContains + " in the workbook");
    }

    private static String footnoteText() {
        for (int r = FIRST_TABLE_ROW; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && text(sheet.getRow(r).getCell(0)).startsWith("¹")) {
                return text(sheet.getRow(r).getCell(0));
            }
        }
        throw new AssertionError("No footnote in the workbook");
    }

    private static List<String> texts(int row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            texts.add(sheet.getRow(row) == null ? "" : text(sheet.getRow(row).getCell(c)));
        }
        return texts;
    }

    private static String text(XSSFCell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static List<String> italicRuns(XSSFCell cell) {
        List<String> italic = new ArrayList<>();
        if (cell == null) {
            return italic;
        }
        XSSFRichTextString rich = cell.getRichStringCellValue();
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            XSSFFont font = rich.getFontOfFormattingRun(i);
            int start = rich.getIndexOfFormattingRun(i);
            if (font != null && font.getItalic()) {
                italic.add(rich.getString().substring(start, start + rich.getLengthOfFormattingRun(i)));
            }
        }
        return italic;
    }
}
