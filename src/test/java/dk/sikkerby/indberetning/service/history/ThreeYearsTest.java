package dk.sikkerby.indberetning.service.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.cli.Cli;
import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.Trend;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportResult;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.importer.Outcome;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three years and a rename: 2021 imported from the real appendix; 2022 made from it on the command line
 * and its criteria filled; 2023 made from 2022 (criteria carried over, then assessed); then the 2020
 * appendix, in which Sjakket was still called "Sjakket Gadeplan", imported. The rename is proposed, not
 * linked, until the administrator links it; then history and trends run over all four years.
 */
class ThreeYearsTest {

    @TempDir
    Path dir;
    private DatabaseFile file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void isolate() {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        file = DatabaseFile.of(dir.resolve("years").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("sikkerby.dataDir");
    }

    private static Path appendix2021() {
        return Sample2021.path();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.create(args, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static void importAppendix(Database db, Path appendix, int year) {
        ImportResult result = new ImportService(db.store()).run(TestActors.administrator(), appendix,
                new ImportRequest(Optional.of(year), false, false), Progress.NONE);
        assertEquals(Outcome.IMPORTED, result.outcome(), () -> result.findings().toString());
    }

    private static int sjakket(SubmissionService service, int year) {
        return service.loadYear(year).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .mapToInt(InitiativeRow::initiativeId).findFirst().orElseThrow();
    }

    private static SuccessCriterion c(String text, CriterionOutcome outcome) {
        return new SuccessCriterion(text, outcome, "", CriterionMarker.NEW, "");
    }

    @Test
    void threeYearsAndARenamedInitiativeMakeOneHistory() throws Exception {
        int id;
        try (Database db = TestDatabase.open(file)) {
            importAppendix(db, appendix2021(), 2021);
            id = sjakket(new SubmissionService(db.store()), 2021);
        }
        assertEquals(0, run("--db", file.toString(), "new-year", "--year", "2022"), err.toString());
        try (Database db = TestDatabase.open(file)) {
            SubmissionService service = new SubmissionService(db.store());
            assertEquals(List.of(), service.criteria(2022, id), "2021 had no criteria to carry over");
            service.save(TestActors.administrator(), 2022, id, new SubmissionForm("", "", false,
                    RichText.plain("Note 2022"), RichText.EMPTY, List.of(c("Færre anmeldelser", CriterionOutcome.MET),
                            c("Flere i fritidsjob", CriterionOutcome.MET), c("Tryghed", CriterionOutcome.NOT_MET))), 0);
        }
        assertEquals(0, run("--db", file.toString(), "new-year", "--year", "2023"), err.toString());
        try (Database db = TestDatabase.open(file)) {
            SubmissionService service = new SubmissionService(db.store());
            List<SuccessCriterion> carried = service.criteria(2023, id);
            assertEquals(3, carried.size());
            assertTrue(carried.stream().allMatch(x -> x.outcome() == null && x.marker() == CriterionMarker.CARRIED_OVER));
            assertEquals(Score.missing(), service.loadYear(2023).rows().stream()
                    .filter(r -> r.initiativeId() == id).findFirst().orElseThrow().score());
            service.save(TestActors.administrator(), 2023, id, new SubmissionForm("", "", false, RichText.EMPTY,
                    RichText.EMPTY, carried.stream().map(x -> x.withOutcome(CriterionOutcome.MET, "")).toList()), 0);

            Path renamed = dir.resolve("bilag1-2020.txt");
            Files.writeString(renamed, Files.readString(appendix2021(), StandardCharsets.UTF_8)
                    .replace("2021", "2020").replace("Sjakket\tSOF\t10/10", "Sjakket Gadeplan\tSOF\t8/10"),
                    StandardCharsets.UTF_8);
            importAppendix(db, renamed, 2020);
            assertEquals(List.of(2021, 2022, 2023), new HistoryService(db.store()).history(id).years().stream()
                    .map(y -> y.year()).toList(), "nothing is linked silently");
            List<LinkProposal> proposals = new InitiativeLinkService(db.store()).proposals(2021);
            assertEquals(1, proposals.size(), proposals::toString);
            assertEquals("Sjakket", proposals.get(0).name());
            assertEquals("Sjakket Gadeplan", proposals.get(0).predecessorName());
            assertThrows(UserFacingException.class, () -> new InitiativeLinkService(db.store())
                    .link(TestActors.reviewer(), "Sjakket", "Sjakket Gadeplan"), "only an administrator links");
        }
        assertEquals(0, run("--db", file.toString(), "link", "--year", "2021"), err.toString());
        assertTrue(out.toString().contains("„Sjakket\" (" + id + ") fortsætter måske „Sjakket Gadeplan\""), out.toString());
        assertEquals(0, run("--db", file.toString(), "link", "--initiative", "Sjakket", "--predecessor",
                "Sjakket Gadeplan"), err.toString());
        assertEquals(Cli.REFUSED, run("--db", file.toString(), "link", "--initiative", "Sjakket", "--predecessor",
                "Sjakket Gadeplan"));

        try (Database db = TestDatabase.open(file)) {
            HistoryService histories = new HistoryService(db.store());
            InitiativeHistory history = histories.history("Sjakket", 0);
            assertEquals(List.of(2020, 2021, 2022, 2023), history.years().stream().map(y -> y.year()).toList());
            assertEquals("Sjakket Gadeplan", history.years().get(0).name());
            assertEquals(List.of(Score.of(8, 10), Score.of(10, 10), Score.of(2, 3), Score.of(3, 3)),
                    history.years().stream().map(y -> y.score()).toList());
            assertEquals(List.of(Trend.NONE, Trend.BETTER, Trend.WORSE, Trend.BETTER),
                    List.of(history.trend(0), history.trend(1), history.trend(2), history.trend(3)));
            assertEquals(Optional.of(1.0), history.years().get(3).shareMet());
            assertEquals(Score.of(8, 10), histories.previousScores(2021).get(id), "the trend mark compares with 2020");
        }
        assertEquals(0, run("--db", file.toString(), "history", "--initiative", "Sjakket", "--from", "2020"));
        assertTrue(out.toString().contains("(hed dengang: Sjakket Gadeplan)"), out.toString());
        assertTrue(out.toString().contains("2023: målopfyldelse 3/3 (Bedre end sidste år)"), out.toString());
    }
}
