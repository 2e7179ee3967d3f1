package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheet 2 read back with POI: typed cells an analyst can filter and pivot. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DataSheetTest {

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
        sheet = workbook.getSheetAt(1);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
        db.close();
    }

    @Test
    void headerNamesTheColumnsInOrder() {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        assertEquals("Data", sheet.getSheetName());
        assertEquals(List.of("År", "Kategori", "Indsats", "Forvaltningskode", "Forvaltning", "Målopfyldelse mangler",
                "Opfyldte mål", "Antal mål", "Ikke relevant", "Andel opfyldt", "Forvaltningens bemærkning",
                "Sikker By bemærkning"), header);
    }

    @Test
    void aScoredRowHasNumbersFlagsAndPlainText() {
        XSSFRow row = sheet.getRow(1);
        assertEquals(2021, row.getCell(0).getNumericCellValue());
        assertEquals("PRIMÆR FOREBYGGELSE", row.getCell(1).getStringCellValue());
        assertEquals("Idrætssociale Indsatser", row.getCell(2).getStringCellValue());
        assertEquals("KFF", row.getCell(3).getStringCellValue());
        assertEquals("Kultur- og Fritidsforvaltningen", row.getCell(4).getStringCellValue());
        assertEquals(CellType.BOOLEAN, row.getCell(5).getCellType());
        assertFalse(row.getCell(5).getBooleanCellValue());
        assertEquals(CellType.NUMERIC, row.getCell(6).getCellType());
        assertEquals(2, row.getCell(6).getNumericCellValue());
        assertEquals(3, row.getCell(7).getNumericCellValue());
        assertFalse(row.getCell(8).getBooleanCellValue());
        assertEquals(CellType.NUMERIC, row.getCell(9).getCellType());
        assertEquals(2.0 / 3, row.getCell(9).getNumericCellValue(), 1e-12);
        assertEquals("0%", row.getCell(9).getCellStyle().getDataFormatString());
        assertEquals(ExportFixture.SPORT_NOTE, row.getCell(10).getStringCellValue());
        assertTrue(row.getCell(11).getStringCellValue().startsWith("I år afrapporterer KFF samlet. Idrætssociale"));
    }

    @Test
    void notRelevantAndMissingHaveNoInventedNumbers() {
        XSSFRow notRelevant = sheet.getRow(3);
        assertEquals("Københavnerteamet", notRelevant.getCell(2).getStringCellValue());
        assertNull(notRelevant.getCell(6));
        assertNull(notRelevant.getCell(7));
        assertTrue(notRelevant.getCell(8).getBooleanCellValue());
        assertNull(notRelevant.getCell(9));
        XSSFRow missing = sheet.getRow(4);
        assertEquals("Green Teams Fritidsjob", missing.getCell(2).getStringCellValue());
        assertTrue(missing.getCell(5).getBooleanCellValue(), "marked as missing");
        assertNull(missing.getCell(6));
        assertNull(missing.getCell(7));
        assertNull(missing.getCell(8), "neither relevant nor not relevant: unknown");
        assertNull(missing.getCell(9));
        assertEquals(4, sheet.getLastRowNum());
    }

    @Test
    void headerIsFrozenAndFiltered() {
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
        assertEquals("A1:L5", sheet.getCTWorksheet().getAutoFilter().getRef());
    }
}
