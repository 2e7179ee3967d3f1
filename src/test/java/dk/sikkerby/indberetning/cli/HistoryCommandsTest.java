package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.CriteriaChange;
import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new-year} carries the criteria over; {@code history} prints every year's score, criteria and texts. */
class HistoryCommandsTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private DatabaseFile file;

    @BeforeEach
    void create() {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        file = DatabaseFile.of(dir.resolve("h").toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
            SubmissionService service = new SubmissionService(db.store());
            service.save(TestActors.administrator(), 2021, sjakket(service), new SubmissionForm("", "", false,
                    RichText.plain("Covid lukkede klubben"), RichText.plain("Fint"), List.of(
                            new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                            new SuccessCriterion("Flere i job", CriterionOutcome.NOT_MET, "", CriterionMarker.NEW, ""),
                            new SuccessCriterion("Tryghed", CriterionOutcome.DROPPED, "Ingen måling",
                                    CriterionMarker.NEW, ""))), 0);
        }
    }

    @AfterEach
    void restore() {
        System.clearProperty("sikkerby.dataDir");
    }

    private static int sjakket(SubmissionService service) {
        return service.loadYear(2021).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .mapToInt(InitiativeRow::initiativeId).findFirst().orElseThrow();
    }

    private int run(String... args) {
        return Cli.create(args, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void newYearCarriesTheCriteriaOverAndHistoryShowsBothYears() {
        assertEquals(0, run("--db", file.toString(), "new-year", "--year", "2022"), err.toString());
        assertTrue(out.toString().contains("2022 er oprettet ud fra sidste år"), out.toString());
        int id;
        try (Database db = TestDatabase.open(file)) {
            SubmissionService service = new SubmissionService(db.store());
            id = sjakket(service);
            List<SuccessCriterion> carried = service.criteria(2022, id);
            assertEquals(List.of(
                    new SuccessCriterion("Færre anmeldelser", null, "", CriterionMarker.CARRIED_OVER, "Færre anmeldelser"),
                    new SuccessCriterion("Flere i job", null, "", CriterionMarker.CARRIED_OVER, "Flere i job"),
                    new SuccessCriterion("Tryghed", null, "", CriterionMarker.CARRIED_OVER, "Tryghed")), carried);
            // the coordinator rewords one, drops one, adds one and assesses them
            service.save(TestActors.administrator(), 2022, id, new SubmissionForm("", "", false, RichText.EMPTY,
                    RichText.EMPTY, List.of(
                            carried.get(0).withOutcome(CriterionOutcome.MET, ""),
                            new SuccessCriterion("Flere unge i job", CriterionOutcome.MET, "", CriterionMarker.RAISED,
                                    "Flere i job"),
                            SuccessCriterion.of("Nyt mål").withOutcome(CriterionOutcome.NOT_MET, ""))), 0);
            assertEquals(Score.of(2, 3), service.loadYear(2022).rows().stream()
                    .filter(r -> r.initiativeId() == id).findFirst().orElseThrow().score());
            assertEquals(List.of(
                    new CriteriaChange(CriteriaChange.Kind.REWORDED, "Flere unge i job", "Flere i job"),
                    new CriteriaChange(CriteriaChange.Kind.ADDED, "Nyt mål", ""),
                    new CriteriaChange(CriteriaChange.Kind.REMOVED, "Tryghed", "")),
                    new HistoryService(db.store()).changes(2022, id));
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("--db", file.toString(), "history", "--initiative", "sjakket"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("Sjakket (SOF)"), text);
        assertTrue(text.contains("2021: målopfyldelse 1/2 (Intet at sammenligne med)"), text);
        assertTrue(text.contains("3. Tryghed: Udgår [Nyt], fordi: Ingen måling"), text);
        assertTrue(text.contains("Covid-19: Covid lukkede klubben"), text);
        assertTrue(text.contains("2022: målopfyldelse 2/3 (Bedre end sidste år)"), text);
        assertTrue(text.contains("2. Flere unge i job: Opfyldt [Opjusteret]"), text);

        out.getBuffer().setLength(0);
        assertEquals(0, run("--db", file.toString(), "history", "--initiative", String.valueOf(id), "--from", "2022",
                "--report", "json"), err.toString());
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"initiativeId\":" + id + ",\"name\":\"Sjakket\""), json);
        assertTrue(json.contains("\"year\":2022,\"name\":\"Sjakket\",\"score\":\"2/3\""), json);
        assertTrue(!json.contains("\"year\":2021"), json);
        assertTrue(json.contains("\"text\":\"Flere unge i job\",\"outcome\":\"MET\",\"dropReason\":null,"
                + "\"marker\":\"RAISED\",\"carriedFrom\":\"Flere i job\""), json);
    }

    @Test
    void anUnknownInitiativeOrAnExistingYearIsOneSentenceAndStatusOne() {
        assertEquals(Cli.REFUSED, run("--db", file.toString(), "history", "--initiative", "Findes ikke"));
        assertEquals("Ingen indsats hedder eller har nummeret \"Findes ikke\"", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(Cli.REFUSED, run("--db", file.toString(), "new-year", "--year", "2021"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
