package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read by a second, independent program: LibreOffice converts both sheets to CSV, and
 * every value must be the table's value, Danish letters and formula-like text included.
 */
class LibreOfficeReadBackTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeReadsTheTableAndTheDataAsStored() throws Exception {
        YearTable table;
        Path xlsx = dir.resolve("bilag.xlsx");
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            ExportFixture.create(db.dsl());
            YearSetupService setup = new YearSetupService(db.store());
            int sof = setup.departments().stream().filter(d -> d.code().equals("SOF")).findFirst().orElseThrow().id();
            int secondary = setup.categories(ExportFixture.YEAR).get(1).id();
            setup.addInitiative(TestActors.administrator(), ExportFixture.YEAR, "Formelindsats", sof, secondary);
            ExportFixture.save(db.dsl(), "Formelindsats", Score.of(0, 4), RichText.plain("=1+1"), RichText.plain("@SUM(1;2)"));
            table = new SubmissionService(db.store()).loadYear(ExportFixture.YEAR);
            TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH))
                    .export(TestActors.administrator(), ExportRequest.xlsx(ExportFixture.YEAR, xlsx).withColours(true), Progress.NONE);
        }
        List<Path> sheets = LibreOffice.convert(xlsx, LibreOffice.CSV_ALL_SHEETS, dir.resolve("out"), dir.resolve("profile"));
        assertEquals(List.of("bilag-Bilag.csv", "bilag-Data.csv"), sheets.stream().map(p -> p.getFileName().toString()).toList());

        List<List<String>> appendix = CsvParser.parseLines(Files.readAllBytes(sheets.get(0)), ',');
        assertEquals(table.year().title(), appendix.get(0).get(0));
        assertEquals(List.of("Indsats", "Forvaltning ¹", "Målopfyldelse", "Covid-19", "Sikker By bemærkning"), appendix.get(2));
        assertEquals(expectedAppendixRows(table), appendix.subList(3, 3 + table.categories().size() + table.rows().size()));

        List<List<String>> data = CsvParser.parseLines(Files.readAllBytes(sheets.get(1)), ',');
        assertEquals(table.rows().size() + 1, data.size());
        for (int i = 0; i < table.rows().size(); i++) {
            assertDataRow(table.rows().get(i), data.get(i + 1));
        }
    }

    private static List<List<String>> expectedAppendixRows(YearTable table) {
        Messages messages = Messages.forLocale(Messages.DANISH);
        List<List<String>> rows = new ArrayList<>();
        String category = null;
        for (InitiativeRow row : table.rows()) {
            if (!row.category().name().equals(category)) {
                category = row.category().name();
                rows.add(List.of(category, "", "", "", ""));
            }
            rows.add(List.of(row.name(), row.department().code(), ScoreText.of(row.score(), messages),
                    row.departmentNote().plainText(), row.assessment().plainText()));
        }
        return rows;
    }

    private static void assertDataRow(InitiativeRow row, List<String> actual) {
        Score score = row.score();
        assertEquals("2021", actual.get(0));
        assertEquals(List.of(row.category().name(), row.name(), row.department().code(), row.department().name()),
                actual.subList(1, 5));
        assertEquals(score.isMissing() ? "TRUE" : "FALSE", actual.get(5));
        assertEquals(score.met().map(String::valueOf).orElse(""), actual.get(6));
        assertEquals(score.total().map(String::valueOf).orElse(""), actual.get(7));
        assertEquals(score.isMissing() ? "" : score.isNotRelevant() ? "TRUE" : "FALSE", actual.get(8));
        if (score.hasNumbers()) {
            // a number formatted 0%: LibreOffice writes its full value as a percentage, "66.6666666666667%"
            String share = actual.get(9);
            assertEquals(share.length() - 1, share.indexOf('%'), share);
            double value = Double.parseDouble(share.substring(0, share.length() - 1)) / 100;
            assertEquals(score.met().get() / (double) score.total().get(), value, 1e-9);
        } else {
            assertEquals("", actual.get(9));
        }
        assertEquals(List.of(row.departmentNote().plainText(), row.assessment().plainText()), actual.subList(10, 12));
    }
}
