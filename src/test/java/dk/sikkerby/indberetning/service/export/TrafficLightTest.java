package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
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
import java.util.Optional;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Red, yellow and green by the year's thresholds; not relevant and missing stay uncoloured. */
class TrafficLightTest {

    @TempDir
    Path dir;

    @Test
    void defaultIsNothingMetRedAllMetGreenElseYellow() {
        TrafficLightThresholds t = TrafficLightThresholds.DEFAULT;
        assertEquals(Optional.of(TrafficLight.RED), t.colour(Score.of(0, 1)));
        assertEquals(Optional.of(TrafficLight.RED), t.colour(Score.of(0, 9)));
        assertEquals(Optional.of(TrafficLight.YELLOW), t.colour(Score.of(1, 9)));
        assertEquals(Optional.of(TrafficLight.YELLOW), t.colour(Score.of(998, 999)));
        assertEquals(Optional.of(TrafficLight.GREEN), t.colour(Score.of(6, 6)));
        assertEquals(Optional.empty(), t.colour(Score.notRelevant()));
        assertEquals(Optional.empty(), t.colour(Score.missing()));
    }

    @Test
    void customThresholdsCompareExactlyWithoutRounding() {
        TrafficLightThresholds t = new TrafficLightThresholds(33, 80);
        assertEquals(Optional.of(TrafficLight.RED), t.colour(Score.of(1, 4)), "25 % ≤ 33 %");
        assertEquals(Optional.of(TrafficLight.YELLOW), t.colour(Score.of(1, 3)), "33.33 % > 33 %");
        assertEquals(Optional.of(TrafficLight.YELLOW), t.colour(Score.of(3, 4)), "75 % < 80 %");
        assertEquals(Optional.of(TrafficLight.GREEN), t.colour(Score.of(4, 5)), "80 % ≥ 80 %");
        assertThrows(IllegalArgumentException.class, () -> new TrafficLightThresholds(50, 50));
    }

    @Test
    void thresholdsAreKeptWithTheYearAndCheckedBeforeSaving() {
        try (Database db = TestDatabase.open(dir)) {
            ExportFixture.create(db.dsl());
            TrafficLightSettings settings = new TrafficLightSettings(db.store());
            assertEquals(TrafficLightThresholds.DEFAULT, settings.thresholds(2021), "a year without its own uses the default");
            settings.save(TestActors.administrator(), 2021, 20, 90);
            assertEquals(new TrafficLightThresholds(20, 90), settings.thresholds(2021));
            settings.save(TestActors.administrator(), 2021, 10, 95);
            assertEquals(new TrafficLightThresholds(10, 95), settings.thresholds(2021));
            UserFacingException order = assertThrows(UserFacingException.class, () -> settings.save(TestActors.administrator(), 2021, 90, 20));
            assertEquals("trafficLights.error.order", order.key());
            assertThrows(UserFacingException.class, () -> settings.save(TestActors.administrator(), 2021, -1, 50));
            assertThrows(UserFacingException.class, () -> settings.save(TestActors.administrator(), 2021, 0, 101));
            UserFacingException year = assertThrows(UserFacingException.class, () -> settings.save(TestActors.administrator(), 1999, 0, 100));
            assertEquals("year.error.unknown", year.key());
            assertEquals(new TrafficLightThresholds(10, 95), settings.thresholds(2021), "refusals changed nothing");
        }
    }

    @Test
    void workbookColoursScoresAndExplainsTheColoursInALegend() throws IOException {
        Path file = dir.resolve("bilag.xlsx");
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            ExportFixture.create(db.dsl());
            ExportFixture.save(db.dsl(), "Green Teams Fritidsjob", Score.of(0, 1),
                    dk.sikkerby.indberetning.domain.RichText.EMPTY, dk.sikkerby.indberetning.domain.RichText.EMPTY);
            TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH))
                    .export(TestActors.administrator(), ExportRequest.xlsx(2021, file).withColours(true), Progress.NONE);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("FFEB84", fill(sheet, 4), "2/3 is yellow");
            assertEquals("63BE7B", fill(sheet, 6), "10/10 is green");
            assertNull(fill(sheet, 7), "not relevant has no colour");
            assertEquals("F8696B", fill(sheet, 8), "0/1 is red");
            int legend = rowOf(sheet, "Farverne i kolonnen Målopfyldelse");
            assertTrue(legend > rowOf(sheet, "Green Teams Fritidsjob"), "the legend is below the table");
            assertEquals(List.of("Rød", "Gul", "Grøn"), List.of(text(sheet, legend + 1), text(sheet, legend + 2), text(sheet, legend + 3)));
            assertEquals("Ingen mål opfyldt", sheet.getRow(legend + 1).getCell(1).getStringCellValue());
            assertEquals("Alle mål opfyldt", sheet.getRow(legend + 3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void withoutColoursNoScoreIsFilled() throws IOException {
        Path file = dir.resolve("bilag.xlsx");
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            ExportFixture.create(db.dsl());
            TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH)).export(TestActors.administrator(), ExportRequest.xlsx(2021, file), Progress.NONE);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r : new int[] {4, 6, 7, 8}) {
                assertNull(fill(sheet, r));
            }
            List<String> column = new ArrayList<>();
            sheet.forEach(row -> column.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
            assertFalse(column.contains("Farverne i kolonnen Målopfyldelse"));
        }
    }

    @Test
    void customThresholdsAreWrittenInTheLegend() {
        Messages en = Messages.forLocale(java.util.Locale.ENGLISH);
        assertEquals("At most 33 % of the goals met", en.get("export.legend.red.upTo", 33));
        assertEquals("More than 33 % and less than 80 % of the goals met", en.get("export.legend.yellow.between", 33, 80));
    }

    private static int rowOf(XSSFSheet sheet, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (text.equals(text(sheet, r))) {
                return r;
            }
        }
        return -1;
    }

    private static String text(XSSFSheet sheet, int row) {
        return sheet.getRow(row) == null || sheet.getRow(row).getCell(0) == null ? "" : sheet.getRow(row).getCell(0).getStringCellValue();
    }

    private static String fill(XSSFSheet sheet, int row) {
        XSSFCellStyle style = sheet.getRow(row).getCell(2).getCellStyle();
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }
}
