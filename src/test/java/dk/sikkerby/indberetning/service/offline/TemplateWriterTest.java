package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.service.offline.OfflineFixture.KBH;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.SJAKKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a coordinator opens: the department's rows, guided input cells, everything else locked. */
class TemplateWriterTest {

    @TempDir
    Path folder;
    OfflineFixture fixture;
    XSSFWorkbook workbook;
    XSSFSheet sheet;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new OfflineFixture(folder);
        Path file = fixture.template("SOF", folder);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        sheet = workbook.getSheet("SOF");
    }

    @AfterEach
    void tearDown() throws Exception {
        workbook.close();
        fixture.close();
    }

    @Test
    void listsTheDepartmentsInitiativesWithWhatIsStoredAndLastYearsScore() {
        Row sjakket = new Coordinator.Found(sheet).row(SJAKKET);
        Row kbh = new Coordinator.Found(sheet).row(KBH);
        assertEquals("Afrapportering til Sikker By 2021: SOF Socialforvaltningen", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Forvaltningens bemærkning (Covid-19)", sheet.getRow(TemplateLayout.HEADER_ROW).getCell(TemplateLayout.NOTE).getStringCellValue());
        assertEquals("9/10", sjakket.getCell(TemplateLayout.LAST_YEAR).getStringCellValue());
        assertEquals(1.0, kbh.getCell(TemplateLayout.MET).getNumericCellValue());
        XSSFRichTextString note = (XSSFRichTextString) kbh.getCell(TemplateLayout.NOTE).getRichStringCellValue();
        assertEquals("Første afsnit med kursiv\nAndet afsnit", note.getString());
        assertTrue(note.getFontAtIndex("Første afsnit med ".length()).getItalic());
        assertEquals(fixture.id(KBH), (int) kbh.getCell(TemplateLayout.ID).getNumericCellValue());
        assertEquals(5, sheet.getLastRowNum() + 1, "title, help, header and SOF's two initiatives");
    }

    @Test
    void onlyTheInputCellsCanBeEditedAndTheSheetHasNoPassword() {
        Row row = new Coordinator.Found(sheet).row(SJAKKET);
        assertTrue(sheet.getProtect());
        assertFalse(sheet.getCTWorksheet().getSheetProtection().isSetPassword());
        assertFalse(sheet.getCTWorksheet().getSheetProtection().isSetHashValue());
        for (int column : new int[] {TemplateLayout.MET, TemplateLayout.TOTAL, TemplateLayout.NOT_RELEVANT, TemplateLayout.NOTE}) {
            assertFalse(row.getCell(column).getCellStyle().getLocked(), "input column " + column);
        }
        for (int column : new int[] {TemplateLayout.NAME, TemplateLayout.LAST_YEAR, TemplateLayout.CATEGORY, TemplateLayout.ID}) {
            assertTrue(row.getCell(column).getCellStyle().getLocked(), "locked column " + column);
        }
        assertTrue(row.getCell(TemplateLayout.NOTE).getCellStyle().getWrapText());
        assertTrue(sheet.getColumnWidth(TemplateLayout.NOTE) >= 80 * 256, "the note column is wide");
        assertTrue(sheet.isColumnHidden(TemplateLayout.ID));
    }

    @Test
    void metAndTotalTakeWholeNumbersAndNotRelevantIsADropDown() {
        Map<Integer, XSSFDataValidation> byColumn = sheet.getDataValidations().stream().collect(Collectors.toMap(
                v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(), v -> v));
        assertEquals(ValidationType.INTEGER, byColumn.get(TemplateLayout.MET).getValidationConstraint().getValidationType());
        assertEquals("0", byColumn.get(TemplateLayout.MET).getValidationConstraint().getFormula1());
        assertEquals("999", byColumn.get(TemplateLayout.MET).getValidationConstraint().getFormula2());
        assertEquals("1", byColumn.get(TemplateLayout.TOTAL).getValidationConstraint().getFormula1());
        assertTrue(byColumn.get(TemplateLayout.MET).getShowPromptBox());
        assertTrue(byColumn.get(TemplateLayout.MET).getPromptBoxText().startsWith("Antal succeskriterier, der er opfyldt"));
        assertEquals(DataValidation.ErrorStyle.STOP, byColumn.get(TemplateLayout.TOTAL).getErrorStyle());
        assertEquals(ValidationType.LIST, byColumn.get(TemplateLayout.NOT_RELEVANT).getValidationConstraint().getValidationType());
        assertEquals(List.of("Ikke relevant"),
                List.of(byColumn.get(TemplateLayout.NOT_RELEVANT).getValidationConstraint().getExplicitListValues()));
        assertEquals(ValidationType.TEXT_LENGTH, byColumn.get(TemplateLayout.NOTE).getValidationConstraint().getValidationType());
        assertEquals(4, byColumn.get(TemplateLayout.MET).getRegions().getCellRangeAddress(0).getLastRow());
    }

    @Test
    void theIdentifiersAreOnAVeryHiddenSheet() {
        int manifest = workbook.getSheetIndex(TemplateLayout.MANIFEST_SHEET);
        assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(manifest));
        assertEquals(SheetVisibility.VISIBLE, workbook.getSheetVisibility(workbook.getSheetIndex("SOF")));
        assertTrue(workbook.getSheetAt(manifest).getProtect());
        assertTrue(workbook.isStructureLocked());
    }

    @Test
    void refusesAnUnknownDepartmentAndOneWithoutInitiatives() {
        UserFacingException unknown = assertThrows(UserFacingException.class,
                () -> fixture.exchange.templates().writeOne(TestActors.administrator(), 2021, "XYZ", folder.resolve("x.xlsx")));
        assertEquals("offline.template.error.unknownDepartment", unknown.key());
        UserFacingException year = assertThrows(UserFacingException.class,
                () -> fixture.exchange.templates().writeOne(TestActors.administrator(), 1999, "SOF", folder.resolve("x.xlsx")));
        assertEquals("year.error.unknown", year.key());
        assertFalse(Files.exists(folder.resolve("x.xlsx")));
    }
}
