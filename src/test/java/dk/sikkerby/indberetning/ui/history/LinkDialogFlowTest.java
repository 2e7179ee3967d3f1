package dk.sikkerby.indberetning.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.RenamedYear;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesViewModel.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator links renamed initiatives in the app, by id and by keyboard: from the Year menu and
 * from the set-up, answers and undo before applying, and the linked history shows both years.
 */
class LinkDialogFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("renamed").toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
            RenamedYear.create(db.store());
        }
        harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 4);
        UiRobot.waitFor(20, () -> !lookup("#menuBar").query().isDisabled());
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table() {
        return lookup("#linkTable").queryAs(TableView.class);
    }

    /** The answer column of each row, as the table shows it. */
    private List<String> answers() {
        return UiRobot.onFx(() -> table().getItems().stream()
                .map(r -> r.question().name() + ": " + table().getColumns().get(4).getCellData(r)).toList());
    }

    private String message() {
        return lookup("#linkMessage").queryAs(Label.class).getText();
    }

    private void choose(String comboId, String text) throws TimeoutException {
        AppHarness.chooseInCombo(this, comboId, text);
    }

    @Test
    void theAdministratorAnswersUndoesAndAppliesFromTheYearMenu() throws Exception {
        clickOn("#menuYear").clickOn("Knyt omdøbte indsatser…");
        UiRobot.waitFor(10, () -> lookup("#linkTable").tryQuery().isPresent() && table().getItems().size() == 3);
        assertEquals(List.of("Sjakket Gadeplan: Ikke besvaret", "Green Teams Sommerjob: Ikke besvaret",
                "Helt andet projekt: Ikke besvaret"), answers());
        assertTrue(lookup("#linkApply").queryButton().isDisabled(), "nothing is linked without an answer");
        assertEquals("Sjakket (SOF, 64 % ens navn)",
                UiRobot.onFx(() -> lookup("#linkPredecessor").queryAs(ComboBox.class).getButtonCell().getText()));

        push(KeyCode.ALT, KeyCode.K);
        push(KeyCode.ALT, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Sjakket Gadeplan: Knyttes til „Sjakket\"",
                "Green Teams Sommerjob: Knyttes ikke", "Helt andet projekt: Ikke besvaret"), answers());
        assertEquals("Helt andet projekt", UiRobot.onFx(() -> table().getSelectionModel().getSelectedItem()
                .question().name()), "each answer moves on to the next row");

        choose("#linkPredecessor", "Idrætssociale Indsatser (KFF, 0 % ens navn)");
        assertEquals("Helt andet projekt: Knyttes til „Idrætssociale Indsatser\"", answers().get(2));
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Sjakket Gadeplan: Knyttes til „Sjakket\"",
                "Green Teams Sommerjob: Ikke besvaret", "Helt andet projekt: Ikke besvaret"), answers());

        clickOn("#linkApply");
        UiRobot.waitFor(10, () -> message().equals("Knyttet: 1") && table().getItems().size() == 2);
        assertEquals(List.of("Green Teams Sommerjob: Ikke besvaret", "Helt andet projekt: Ikke besvaret"), answers());
        assertEquals(List.of("Sjakket Gadeplan (2022, SOF) fortsætter „Sjakket\""), existing());
        push(KeyCode.ESCAPE);
        UiRobot.waitFor(5, () -> lookup("#linkTable").tryQuery().isEmpty());

        AppHarness.selectRow(this, "Sjakket Gadeplan");
        clickOn("#initiativeYearsButton");
        UiRobot.waitFor(10, () -> lookup("#initiativeYearsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 2).orElse(false));
    }

    /** The links already made, as the list under the questions shows them. */
    private List<String> existing() {
        return UiRobot.onFx(() -> {
            ListView<?> list = lookup("#linkExisting").queryAs(ListView.class);
            return list.lookupAll(".list-cell").stream().map(n -> ((ListCell<?>) n).getText())
                    .filter(t -> t != null && !t.isEmpty()).toList();
        });
    }

    @Test
    void aWrongLinkIsRemovedWithDeleteOrTheButtonOnlyAfterAConfirmation() throws Exception {
        clickOn("#menuYear").clickOn("Knyt omdøbte indsatser…");
        UiRobot.waitFor(10, () -> lookup("#linkTable").tryQuery().isPresent() && table().getItems().size() == 3);
        assertTrue(lookup("#linkRemove").queryButton().isDisabled(), "nothing linked, nothing to remove");
        push(KeyCode.ALT, KeyCode.K);
        clickOn("#linkApply");
        UiRobot.waitFor(10, () -> message().equals("Knyttet: 1") && existing().size() == 1);

        clickOn(lookup("#linkExisting .list-cell").match((ListCell<?> c) -> existing().get(0).equals(c.getText()))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#linkRemove").queryButton().isDisabled(), "a link chosen: it may be removed");
        push(KeyCode.DELETE);
        UiRobot.waitFor(5, () -> lookup("#linkRemoveDialog").tryQuery().isPresent());
        clickOn("#linkRemoveDialogCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, existing().size(), "cancelled: still linked");

        clickOn("#linkRemove");
        UiRobot.waitFor(5, () -> lookup("#linkRemoveDialog").tryQuery().isPresent());
        clickOn("#linkRemoveDialogOk");
        UiRobot.waitFor(10, () -> message().equals("„Sjakket Gadeplan\" fortsætter ikke længere „Sjakket\"")
                && table().getItems().size() == 3);
        assertEquals(List.of(), existing());
        assertEquals("Sjakket Gadeplan: Ikke besvaret", answers().get(0), "asked about again");
    }

    @Test
    void fromTheSetUpAnswersNotAppliedAreNotLostWithoutAsking() throws Exception {
        clickOn("#menuYear").clickOn("Opsætning af år…");
        clickOn("#setupTabInitiatives");
        clickOn("#setupLinkInitiatives");
        UiRobot.waitFor(10, () -> lookup("#linkTable").tryQuery().isPresent() && table().getItems().size() == 3);
        push(KeyCode.ALT, KeyCode.K);
        clickOn("#linkClose");
        UiRobot.waitFor(5, () -> lookup("#linkDiscardDialog").tryQuery().isPresent());
        clickOn("#linkDiscardDialogCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, UiRobot.onFx(() -> (int) table().getItems().stream()
                .filter(r -> r.answerProperty().get() == LinkInitiativesViewModel.Answer.LINK).count()));
        clickOn("#linkClose");
        UiRobot.waitFor(5, () -> lookup("#linkDiscardDialog").tryQuery().isPresent());
        clickOn("#linkDiscardDialogOk");
        UiRobot.waitFor(5, () -> lookup("#linkTable").tryQuery().isEmpty());
        assertFalse(lookup("#setupTabs").tryQuery().isEmpty(), "back in the set-up");
        clickOn("#setupLinkInitiatives");
        UiRobot.waitFor(10, () -> lookup("#linkTable").tryQuery().isPresent() && table().getItems().size() == 3);
        assertEquals("Sjakket Gadeplan: Ikke besvaret", answers().get(0), "closed without linking");
    }
}
