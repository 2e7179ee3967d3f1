package dk.sikkerby.indberetning.service.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.SubmissionService;
import dk.sikkerby.indberetning.service.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterimCsvExportTest {

    @Test
    void writesTheTitleAndOneLinePerInitiativeWithItsScore(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            SampleYear.create(db.dsl());
            SubmissionService submissions = new SubmissionService(db.dsl());
            int sjakket = submissions.loadYear(SampleYear.YEAR).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow().initiativeId();
            submissions.save(SampleYear.YEAR, sjakket, new SubmissionForm("2", "3", false, RichText.EMPTY, RichText.EMPTY), 0);
            Path target = dir.resolve("out.csv");
            List<Long> progress = new ArrayList<>();

            new InterimCsvExport(submissions).write(SampleYear.YEAR, target, (done, total) -> progress.add(done));

            List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
            assertEquals("\"Bilag 1: Indsatsernes målopfyldelse for 2021\"", lines.get(0));
            assertEquals(List.of(
                    "\"PRIMÆR FOREBYGGELSE\",\"Idrætssociale Indsatser\",\"KFF\",\"\"",
                    "\"SEKUNDÆR FOREBYGGELSE\",\"Sjakket\",\"SOF\",\"2/3\"",
                    "\"SEKUNDÆR FOREBYGGELSE\",\"Københavnerteamet\",\"SOF\",\"\"",
                    "\"SEKUNDÆR FOREBYGGELSE\",\"Green Teams Fritidsjob\",\"TMF\",\"\""), lines.subList(1, lines.size()));
            assertEquals(List.of(1L, 2L, 3L, 4L), progress);
        }
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsTextAndQuotesAreDoubled(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            SampleYear.create(db.dsl());
            YearSetupService setup = new YearSetupService(db.dsl());
            int category = setup.categories(SampleYear.YEAR).get(0).id();
            int department = setup.departments().get(0).id();
            setup.addInitiative(SampleYear.YEAR, "=HYPERLINK(\"http://x\")", department, category);
            Path target = dir.resolve("out.csv");

            new InterimCsvExport(new SubmissionService(db.dsl())).write(SampleYear.YEAR, target, (d, t) -> { });

            assertTrue(Files.readString(target).contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        }
    }

    @Test
    void replacesAnOldFileAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            SampleYear.create(db.dsl());
            Path target = dir.resolve("out.csv");
            Files.writeString(target, "old");

            new InterimCsvExport(new SubmissionService(db.dsl())).write(SampleYear.YEAR, target, (d, t) -> { });

            assertTrue(Files.readString(target).startsWith("\"Bilag 1"));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList());
            }
        }
    }
}
