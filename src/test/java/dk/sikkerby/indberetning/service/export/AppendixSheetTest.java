package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheet 1 read back with POI: what a reviewer prints as the committee appendix. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AppendixSheetTest {

    @Parameter
    DatabaseKind kind;


    @TempDir
    Path dir;
    private Database db;
    private XSSFWorkbook workbook;
    private XSSFSheet sheet;

    @BeforeEach
    void export() throws IOException {
        db = kind.open(dir);
        ExportFixture.create(db.dsl());
        workbook = ExportFixture.exportAndRead(db.dsl(), dir.resolve("bilag.xlsx"));
        sheet = workbook.getSheetAt(0);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
        db.close();
    }

    @Test
    void titleAndHeaderComeFromTheYearsSetUp() {
        assertEquals("Bilag", sheet.getSheetName());
        assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2021", text(0, 0));
        assertTrue(merged(0).isPresent(), "the title spans the table");
        assertEquals(List.of("Indsats", "Forvaltning ¹", "Målopfyldelse", "Covid-19", "Sikker By bemærkning"), rowTexts(2));
        assertTrue(workbook.getFontAt(sheet.getRow(2).getCell(0).getCellStyle().getFontIndex()).getBold());
    }

    @Test
    void categoriesAreBoldShadedMergedRowsInTheYearsOrder() {
        assertEquals("PRIMÆR FOREBYGGELSE", text(3, 0));
        assertEquals("Idrætssociale Indsatser", text(4, 0));
        assertEquals("SEKUNDÆR FOREBYGGELSE", text(5, 0));
        for (int r : new int[] {3, 5}) {
            XSSFCell cell = sheet.getRow(r).getCell(0);
            assertTrue(cell.getCellStyle().getFont().getBold(), "category row " + r + " is bold");
            assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern());
            CellRangeAddress range = merged(r).orElseThrow();
            assertEquals(0, range.getFirstColumn());
            assertEquals(4, range.getLastColumn());
        }
    }

    @Test
    void everyInitiativeHasItsDepartmentScoreAndTexts() {
        assertEquals(List.of("Idrætssociale Indsatser", "KFF", "2/3", ExportFixture.SPORT_NOTE,
                "I år afrapporterer KFF samlet. Idrætssociale Indsatser erstatter FerieCamp.\n"
                        + "Indsatsen når ikke mål om fremmøder til FerieCamps."), rowTexts(4));
        assertEquals(List.of("Sjakket", "SOF", "10/10", "Grundet Covid-19 har indsatsen justeret sin indsats.",
                ExportFixture.SJAKKET_ASSESSMENT), rowTexts(6));
        assertEquals(List.of("Københavnerteamet", "SOF", "Ikke relevant", "", ""), rowTexts(7));
        assertEquals(List.of("Green Teams Fritidsjob", "TMF", "Mangler", "", ""), rowTexts(8),
                "a missing submission is marked as missing, nothing invented");
    }

    @Test
    void italicRunsOfTheSourceAreItalicInTheCell() {
        XSSFRichTextString rich = sheet.getRow(4).getCell(4).getRichStringCellValue();
        List<String> italic = new ArrayList<>();
        List<String> upright = new ArrayList<>();
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            int start = rich.getIndexOfFormattingRun(i);
            String run = rich.getString().substring(start, start + rich.getLengthOfFormattingRun(i));
            (rich.getFontOfFormattingRun(i) != null && rich.getFontOfFormattingRun(i).getItalic() ? italic : upright).add(run);
        }
        assertEquals(List.of("Idrætssociale Indsatser", "FerieCamp"), italic);
        assertTrue(upright.contains("I år afrapporterer KFF samlet. "), upright.toString());
        assertTrue(sheet.getRow(4).getCell(4).getCellStyle().getWrapText());
    }

    @Test
    void rowHeightsGrowWithTheTextSoNothingIsHidden() {
        float oneLine = 10 * 1.275f;
        float sport = sheet.getRow(4).getHeightInPoints();
        float sjakket = sheet.getRow(6).getHeightInPoints();
        float empty = sheet.getRow(7).getHeightInPoints();
        assertTrue(sport >= 3 * oneLine, "two paragraphs, the first wrapping: " + sport);
        assertTrue(sjakket >= 5 * oneLine, "about 330 characters in a 56-character column: " + sjakket);
        assertTrue(empty < 2 * oneLine, "an empty row stays one line: " + empty);
    }

    @Test
    void footnoteNamesExactlyTheDepartmentsTheTableUsesBelowTheTable() {
        int last = sheet.getLastRowNum();
        int footnoteRow = -1;
        for (int r = 9; r <= last; r++) {
            if (sheet.getRow(r) != null && text(r, 0).startsWith("¹")) {
                footnoteRow = r;
            }
        }
        assertTrue(footnoteRow > 8, "the footnote is below the last initiative");
        assertEquals("¹ KFF er Kultur- og Fritidsforvaltningen, SOF er Socialforvaltningen og TMF er "
                + "Teknik- og Miljøforvaltningen", text(footnoteRow, 0));
        assertFalse(text(footnoteRow, 0).contains("BUF"), "a department without rows is not in the footnote");
    }

    @Test
    void printsOnA4LandscapeFittedToWidthWithTheHeaderOnEveryPage() {
        PrintSetup print = sheet.getPrintSetup();
        assertTrue(print.getLandscape());
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
        assertTrue(sheet.getFitToPage());
        assertEquals(1, print.getFitWidth());
        assertEquals(0, print.getFitHeight());
        assertEquals(CellRangeAddress.valueOf("3:3"), sheet.getRepeatingRows());
        assertNotNull(sheet.getPaneInformation());
        assertEquals(3, sheet.getPaneInformation().getHorizontalSplitTopRow(), "title and header frozen");
        assertEquals("Side &P af &N", sheet.getFooter().getCenter());
    }

    private java.util.Optional<CellRangeAddress> merged(int row) {
        return sheet.getMergedRegions().stream().filter(r -> r.getFirstRow() == row).findFirst();
    }

    private String text(int row, int column) {
        XSSFCell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private List<String> rowTexts(int row) {
        XSSFRow r = sheet.getRow(row);
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            texts.add(r.getCell(c) == null ? "" : r.getCell(c).getStringCellValue());
        }
        return texts;
    }
}
