package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.history.InitiativeLinkService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import of an older appendix after a later year was set up reports the likely renames (the imported
 * initiatives as predecessors) with the command that links each, and links nothing itself; a wrong link
 * is taken away with {@code link --remove} (decision 0703).
 */
class LinkAfterImportCommandTest {

    @TempDir
    Path dir;
    private DatabaseFile file;

    private record Run(int status, String out, String err) {
    }

    /** 2022 set up by hand, with two renamed 2021 initiatives and one new one; no 2021 yet. */
    @BeforeEach
    void create() {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
        file = DatabaseFile.of(dir.resolve("db").toString());
        try (Database db = TestDatabase.open(file)) {
            YearSetupService setup = new YearSetupService(db.store());
            setup.createYear(TestActors.administrator(), 2022, "Bilag 1: Indsatsernes målopfyldelse for 2022", "Bemærkning");
            Department sof = setup.addDepartment(TestActors.administrator(), "SOF", "Socialforvaltningen");
            Department tmf = setup.addDepartment(TestActors.administrator(), "TMF", "Teknik- og Miljøforvaltningen");
            Category category = setup.addCategory(TestActors.administrator(), 2022, "SEKUNDÆR FOREBYGGELSE");
            setup.addInitiative(TestActors.administrator(), 2022, "Sjakket Gadeplan", sof.id(), category.id());
            setup.addInitiative(TestActors.administrator(), 2022, "Green Teams Sommerjob", tmf.id(), category.id());
            setup.addInitiative(TestActors.administrator(), 2022, "Natteravnene i Valby", sof.id(), category.id());
        }
    }

    @AfterEach
    void restore() {
        System.clearProperty("sikkerby.dataDir");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = Cli.create(all, new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new Run(status, out.toString(), err.toString());
    }

    private int id(String name) {
        try (Database db = TestDatabase.open(file)) {
            return db.store().direct().history().findInitiative(name).orElseThrow();
        }
    }

    private List<Integer> years(String name) {
        try (Database db = TestDatabase.open(file)) {
            return new HistoryService(db.store()).history(name, 0).years().stream().map(y -> y.year()).toList();
        }
    }

    @Test
    void theImportOfTheOlderYearProposesTheLaterYearsRenamesAndLinksNothing() {
        Run imported = run("import", "--example", "2021");
        assertEquals(0, imported.status(), imported.err());
        String out = imported.out();
        assertTrue(out.contains("Mulige omdøbte indsatser i nabo-årene: 3. Intet er knyttet"), out);
        assertTrue(out.contains("„Sjakket Gadeplan\" (2022) fortsætter måske „Sjakket\" (SOF, 64 % ens navne): link "
                + "--initiative " + id("Sjakket Gadeplan") + " --predecessor " + id("Sjakket")), out);
        assertTrue(out.contains("„Green Teams Sommerjob\" (2022) fortsætter måske „Green Teams Fritidsjob\" (TMF, 62 % "
                + "ens navne): link --initiative " + id("Green Teams Sommerjob") + " --predecessor "
                + id("Green Teams Fritidsjob")), out);
        assertFalse(out.contains("Natteravnene"), "nothing alike in 2021: not proposed");
        assertTrue(out.indexOf("Mulige omdøbte") < out.indexOf("Importeret"), "before the outcome, as a finding is");
        assertEquals(List.of(2022), years("Sjakket Gadeplan"), "nothing is linked silently");
        try (Database db = TestDatabase.open(file)) {
            assertEquals(List.of(), new InitiativeLinkService(db.store()).linked(2022));
        }

        Run linked = run("link", "--initiative", String.valueOf(id("Sjakket Gadeplan")), "--predecessor",
                String.valueOf(id("Sjakket")));
        assertEquals(0, linked.status(), linked.err());
        assertEquals(List.of(2021, 2022), years("Sjakket Gadeplan"), "the command the report named links it");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonReportListsTheProposedLinksForScripts() throws Exception {
        Run imported = run("--lang", "en", "import", "--example", "2021", "--report", "json");
        assertEquals(0, imported.status(), imported.err());
        Map<String, Object> report = (Map<String, Object>) new JSONParser().parse(imported.out());
        List<Map<String, Object>> proposed = (List<Map<String, Object>>) report.get("proposedLinks");
        assertEquals(List.of("Sjakket Gadeplan → Sjakket", "Green Teams Sommerjob → Green Teams Fritidsjob",
                "Green Teams Sommerjob → Green Teams Driftssamarbejde"), proposed.stream()
                .map(p -> p.get("name") + " → " + p.get("predecessorName")).toList(),
                "every likely predecessor of the same department, the most alike first");
        Map<String, Object> sjakket = proposed.get(0);
        assertEquals("Sjakket", sjakket.get("predecessorName"));
        assertEquals(2022L, ((Number) sjakket.get("year")).longValue());
        assertEquals(64L, ((Number) sjakket.get("similarity")).longValue());
        assertEquals("link --initiative " + id("Sjakket Gadeplan") + " --predecessor " + id("Sjakket"),
                sjakket.get("command"));

        Run again = run("--lang", "en", "import", "--example", "2021", "--report", "json");
        Map<String, Object> nothing = (Map<String, Object>) new JSONParser().parse(again.out());
        assertEquals("NOTHING_TO_CHANGE", nothing.get("outcome"));
        assertEquals(List.of(), nothing.get("proposedLinks"), "only an import that wrote proposes");
    }

    @Test
    void aWrongLinkIsRemovedAndOneSentenceSaysWhenThereIsNone() {
        assertEquals(0, run("import", "--example", "2021").status());
        assertEquals(0, run("link", "--initiative", "Natteravnene i Valby", "--predecessor", "Sjakket").status());
        assertEquals(List.of(2021, 2022), years("Natteravnene i Valby"));

        Run removed = run("link", "--remove", "--initiative", "Natteravnene i Valby");
        assertEquals(0, removed.status(), removed.err());
        assertEquals("„Natteravnene i Valby\" fortsætter ikke længere „Sjakket\"", removed.out().strip());
        assertEquals(List.of(2022), years("Natteravnene i Valby"));

        Run none = run("link", "--remove", "--initiative", "Natteravnene i Valby");
        assertEquals(Cli.REFUSED, none.status());
        assertEquals("„Natteravnene i Valby\" er ikke knyttet til en forgænger", none.err().strip());
        assertFalse(none.err().contains("Exception"));

        Run both = run("link", "--remove", "--initiative", "Natteravnene i Valby", "--predecessor", "Sjakket");
        assertEquals(Cli.REFUSED, both.status());
        assertEquals("--remove kræver --initiative og udelukker --predecessor", both.err().strip());
    }
}
