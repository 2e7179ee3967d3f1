package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** From an empty database to a year with an initiative, without the importer; then a new year from it. */
class YearSetupFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", dir.resolve("empty").toString());
        UiRobot.waitFor(20, () -> !lookup("#menuBar").query().isDisabled());
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private void fill(String id, String text) {
        clickOn(id).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    private void awaitMessage(String text) {
        try {
            UiRobot.waitFor(10, () -> lookup("#setupMessage").queryAs(Label.class).getText().equals(text));
        } catch (TimeoutException e) {
            assertEquals(text, lookup("#setupMessage").queryAs(Label.class).getText());
        }
    }

    /** Opens a drop-down and takes its first choice with the keyboard, and checks what was chosen. */
    private void chooseFirst(String comboId, String expected) {
        clickOn(comboId).push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, String.valueOf(lookup(comboId).queryAs(ComboBox.class).getValue()));
    }

    @Test
    void aUserSetsUpAYearFromNothingAndThenCopiesIt() throws Exception {
        String noYears = "Databasen har endnu ingen år. Opret et under År → Opsætning af år.";
        UiRobot.waitFor(10, () -> noYears.equals(lookup("#statusMessage").queryAs(Label.class).getText()));
        clickOn("#menuYear").clickOn("Opsætning af år…");

        fill("#setupNewYear", "2021");
        assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2021", lookup("#setupYearTitle")
                .queryTextInputControl().getText());
        fill("#setupYearLabel", "Covid-19");
        clickOn("#setupCreateYear");
        awaitMessage("Året 2021 er oprettet.");

        clickOn("#setupTabDepartments");
        fill("#setupDepartmentCode", "sof");
        fill("#setupDepartmentName", "Socialforvaltningen");
        clickOn("#setupAddDepartment");
        awaitMessage("Forvaltningskoden \"sof\" skal være 2–10 store bogstaver, fx SOF.");
        fill("#setupDepartmentCode", "SOF");
        clickOn("#setupAddDepartment");
        awaitMessage("Forvaltningen SOF er oprettet.");

        clickOn("#setupTabCategories");
        fill("#setupCategoryName", "SEKUNDÆR FOREBYGGELSE");
        clickOn("#setupAddCategory");
        awaitMessage("Kategorien SEKUNDÆR FOREBYGGELSE er oprettet.");

        clickOn("#setupTabInitiatives");
        fill("#setupInitiativeName", "Sjakket");
        chooseFirst("#setupInitiativeDepartment", "Department[id=1, code=SOF, name=Socialforvaltningen]");
        chooseFirst("#setupInitiativeCategory", "Category[id=1, year=2021, name=SEKUNDÆR FOREBYGGELSE, position=1]");
        clickOn("#setupAddInitiative");
        awaitMessage("Indsatsen Sjakket er oprettet.");
        UiRobot.waitFor(10, () -> lookup("#setupInitiatives").queryAs(ListView.class).getItems().size() == 1);
        clickOn("#setupClose");

        AppHarness.awaitRows(this, 1);
        assertEquals("1 indsatser · 0 med målopfyldelse · 1 mangler", lookup("#statusCounts").queryAs(Label.class).getText());
        TreeTableView<?> table = lookup("#initiativeTable").queryAs(TreeTableView.class);
        assertEquals("Covid-19", ((TableColumnBase<?, ?>) table.getColumns().get(3)).getText());

        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2022", lookup("#newYearDialogField").queryTextInputControl().getText());
        clickOn("OK");
        UiRobot.waitFor(10, () -> Integer.valueOf(2022).equals(lookup("#yearSelector").queryAs(ComboBox.class).getValue())
                        && AppHarness.countRows(this) == 1);
        assertEquals("1 indsatser · 0 med målopfyldelse · 1 mangler", lookup("#statusCounts").queryAs(Label.class).getText());
    }
}
