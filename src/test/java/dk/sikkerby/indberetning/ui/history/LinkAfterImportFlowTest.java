package dk.sikkerby.indberetning.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesViewModel.Row;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Import… of the older 2021 appendix after 2022 was set up by hand: the app asks at once about
 * 2022's renamed initiatives, with 2021's as predecessors, and links only what is answered and applied.
 */
class LinkAfterImportFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private AppHarness harness;
    private DatabaseFile file;

    @BeforeEach
    void start() throws Exception {
        file = DatabaseFile.of(dir.resolve("later-first").toString());
        try (Database db = TestDatabase.open(file)) {
            YearSetupService setup = new YearSetupService(db.store());
            setup.createYear(TestActors.administrator(), 2022, "Bilag 1: Indsatsernes målopfyldelse for 2022", "Bemærkning");
            Department sof = setup.addDepartment(TestActors.administrator(), "SOF", "Socialforvaltningen");
            Department tmf = setup.addDepartment(TestActors.administrator(), "TMF", "Teknik- og Miljøforvaltningen");
            Category category = setup.addCategory(TestActors.administrator(), 2022, "SEKUNDÆR FOREBYGGELSE");
            setup.addInitiative(TestActors.administrator(), 2022, "Sjakket Gadeplan", sof.id(), category.id());
            setup.addInitiative(TestActors.administrator(), 2022, "Green Teams Sommerjob", tmf.id(), category.id());
        }
        harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 2);
        UiRobot.waitFor(30, () -> !lookup("#menuBar").query().isDisabled());
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table() {
        return lookup("#linkTable").queryAs(TableView.class);
    }

    @Test
    void theImportOfTheOlderYearAsksAboutTheLaterYearsRenames() throws Exception {
        clickOn("#menuFile").clickOn("#menuImport");
        UiRobot.waitFor(10, () -> lookup("#importFile").tryQuery().isPresent());
        clickOn("#importFile").write(Sample2021.path().toAbsolutePath().toString());
        clickOn("#importPreview");
        UiRobot.waitFor(60, () -> lookup("#importStatus").queryAs(Label.class).getText().startsWith("Klar"));
        clickOn("#importConfirm");

        UiRobot.waitFor(60, () -> lookup("#linkTable").tryQuery().isPresent() && table().getItems().size() == 2);
        assertTrue(lookup("#linkIntro").queryAs(Label.class).getText().startsWith("Importen af 2021"),
                "the dialog says why it opened");
        assertEquals(List.of("2022 Sjakket Gadeplan: Sjakket (SOF, 64 % ens navn)",
                "2022 Green Teams Sommerjob: Green Teams Fritidsjob (TMF, 62 % ens navn)"), UiRobot.onFx(() ->
                table().getItems().stream().map(r -> r.question().year() + " " + r.question().name() + ": "
                        + table().getColumns().get(3).getCellData(r)).toList()));
        assertTrue(lookup("#linkApply").queryButton().isDisabled(), "nothing is linked without an answer");

        push(KeyCode.ALT, KeyCode.K);
        push(KeyCode.ALT, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#linkApply");
        UiRobot.waitFor(10, () -> "Knyttet: 1".equals(lookup("#linkMessage").queryAs(Label.class).getText()));
        clickOn("#linkClose");
        UiRobot.waitFor(5, () -> lookup("#linkTable").tryQuery().isEmpty());
        UiRobot.waitFor(10, () -> lookup("#importStatus").queryAs(Label.class).getText().startsWith("Importeret"));
        clickOn("#importClose");

        harness.stop(); // the app holds the database file
        try (Database db = TestDatabase.open(file)) {
            HistoryService histories = new HistoryService(db.store());
            assertEquals(List.of(2021, 2022), histories.history("Sjakket Gadeplan", 0).years().stream()
                    .map(y -> y.year()).toList(), "linked as answered");
            assertEquals(List.of(2022), histories.history("Green Teams Sommerjob", 0).years().stream()
                    .map(y -> y.year()).toList(), "answered: do not link");
        }
    }
}
