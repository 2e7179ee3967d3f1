package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The criteria travel with the export: a third sheet in the workbook and a second CSV file, read back. */
class CriteriaExportTest {

    @TempDir
    Path dir;
    private Database database;
    private ExportService export;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        SampleYear.create(database.dsl());
        export = TestServices.exports(database.store(), Messages.forLocale(Messages.DANISH));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void listCriteria() {
        SubmissionService service = new SubmissionService(database.store());
        int sjakket = service.loadYear(2021).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .mapToInt(InitiativeRow::initiativeId).findFirst().orElseThrow();
        service.save(TestActors.administrator(), 2021, sjakket, new SubmissionForm("", "", false, RichText.EMPTY,
                RichText.EMPTY, List.of(
                        new SuccessCriterion("=Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                        new SuccessCriterion("Tryghed, \"målt\"", CriterionOutcome.DROPPED, "Ingen måling",
                                CriterionMarker.CARRIED_OVER, "Tryghed"))), 0);
    }

    @Test
    void theWorkbookGetsASheetWithOneRowPerCriterion() throws Exception {
        listCriteria();
        Path xlsx = dir.resolve("bilag.xlsx");
        export.export(TestActors.reviewer(), ExportRequest.xlsx(2021, xlsx), Progress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Succeskriterier");
            assertEquals(2, sheet.getLastRowNum());
            Row first = sheet.getRow(1);
            assertEquals(2021, (int) first.getCell(0).getNumericCellValue());
            assertEquals("Sjakket", first.getCell(1).getStringCellValue());
            assertEquals("=Færre anmeldelser", first.getCell(4).getStringCellValue(), "text, never a formula");
            assertEquals("Opfyldt", first.getCell(5).getStringCellValue());
            assertEquals("Ingen måling", sheet.getRow(2).getCell(6).getStringCellValue());
            assertEquals("Videreført", sheet.getRow(2).getCell(7).getStringCellValue());
        }
    }

    @Test
    void theCsvGetsAFileBesideIt() throws Exception {
        listCriteria();
        Path csv = dir.resolve("bilag.csv");
        export.export(TestActors.reviewer(), ExportRequest.csv(2021, csv, CsvDialect.COMMA), Progress.NONE);
        List<String> lines = Files.readAllLines(dir.resolve("bilag-succeskriterier.csv"), StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertEquals("\uFEFF\"År\",\"Indsats\",\"Forvaltning\",\"Nr.\",\"Succeskriterium\",\"Resultat\","
                + "\"Begrundelse (udgår)\",\"Nyt/opjusteret/videreført\"", lines.get(0));
        assertEquals("2021,\"Sjakket\",\"SOF\",1,\"'=Færre anmeldelser\",\"Opfyldt\",\"\",\"Nyt\"", lines.get(1));
        assertEquals("2021,\"Sjakket\",\"SOF\",2,\"Tryghed, \"\"målt\"\"\",\"Udgår\",\"Ingen måling\",\"Videreført\"",
                lines.get(2));
    }

    @Test
    void aYearWithoutCriteriaExportsAsBefore() throws Exception {
        Path xlsx = dir.resolve("bilag.xlsx");
        export.export(TestActors.reviewer(), ExportRequest.xlsx(2021, xlsx), Progress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertNull(workbook.getSheet("Succeskriterier"));
        }
        Path csv = dir.resolve("bilag.csv");
        export.export(TestActors.reviewer(), ExportRequest.csv(2021, csv, CsvDialect.COMMA), Progress.NONE);
        assertFalse(Files.exists(dir.resolve("bilag-succeskriterier.csv")));
    }
}
