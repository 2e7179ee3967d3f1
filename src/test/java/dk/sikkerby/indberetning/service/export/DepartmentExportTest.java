package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One department's export: its rows, its categories, its footnote; unknown codes are refused by name. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DepartmentExportTest {

    @Parameter
    DatabaseKind kind;


    @TempDir
    Path dir;
    private Database db;
    private ExportService service;

    @BeforeEach
    void setUp() {
        db = kind.open(dir.resolve("db"));
        ExportFixture.create(db.dsl());
        service = TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlyTheDepartmentsRowsCategoriesAndFootnote() throws IOException {
        Path file = dir.resolve("sof.xlsx");
        ExportResult result = service.export(TestActors.administrator(), ExportRequest.xlsx(2021, file).withDepartment("sof"), Progress.NONE);
        assertEquals(2, result.initiatives());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> column = new ArrayList<>();
            sheet.forEach(row -> column.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
            assertEquals(List.of("SEKUNDÆR FOREBYGGELSE", "Sjakket", "Københavnerteamet"), column.subList(2, 5),
                    "a category without the department's rows is left out");
            assertFalse(column.contains("PRIMÆR FOREBYGGELSE"));
            assertEquals("¹ SOF er Socialforvaltningen", column.get(column.size() - 1));
            assertEquals(2, workbook.getSheetAt(1).getLastRowNum());
        }
    }

    @Test
    void anUnknownCodeIsRefusedWithTheKnownOnes() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.export(TestActors.administrator(), ExportRequest.xlsx(2021, dir.resolve("x.xlsx")).withDepartment("KKF"), Progress.NONE));
        assertEquals("export.error.unknownDepartment", e.key());
        assertEquals(List.of("KKF", "BUF, KFF, SOF, TMF"), e.args());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void aDepartmentWithoutInitiativesInTheYearIsRefused() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.export(TestActors.administrator(), ExportRequest.xlsx(2021, dir.resolve("x.xlsx")).withDepartment("BUF"), Progress.NONE));
        assertEquals("export.error.departmentNotInYear", e.key());
    }

    @Test
    void anUnknownYearIsRefused() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.export(TestActors.administrator(), ExportRequest.xlsx(2019, dir.resolve("x.xlsx")), Progress.NONE));
        assertEquals("year.error.unknown", e.key());
    }
}
