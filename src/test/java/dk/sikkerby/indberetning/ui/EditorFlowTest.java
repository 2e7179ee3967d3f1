package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.ToggleSwitch;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.SampleYearAppTest;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The editor driven by id as a person would: refuse 11 of 10, save a valid score, find it after a restart. */
class EditorFlowTest extends SampleYearAppTest {

    @Override
    protected String fileName() {
        return "editor";
    }

    private void select(String initiative) throws TimeoutException {
        AppHarness.selectRow(this, initiative);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void replace(String id, String value) {
        clickOn(id).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        if (!value.isEmpty()) {
            write(value);
        }
    }

    @Test
    void refusesElevenOfTenThenSavesAValidScoreThatSurvivesARestart() throws Exception {
        assertTrue(lookup("#databasePath").queryAs(Label.class).getText().contains(file.toString()));
        select("Sjakket");
        Button save = lookup("#saveButton").queryButton();
        assertTrue(save.isDisabled(), "nothing to save before an edit");

        replace("#metField", "11");
        replace("#totalField", "10");
        assertEquals("Opfyldte mål (11) kan ikke overstige antal mål (10)", text("#metError"));
        assertTrue(lookup("#metError").query().isVisible());
        assertTrue(save.isDisabled(), "Save is disabled while the form is invalid");

        replace("#metField", "9");
        assertFalse(lookup("#metError").query().isVisible());
        clickOn("#noteEditorArea").write("Covid-19 har haft indflydelse.");
        push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.CONTROL, KeyCode.I);
        assertFalse(save.isDisabled());
        push(KeyCode.CONTROL, KeyCode.S);
        UiRobot.waitFor(10, () -> text("#saveResult").equals("Gemt: Sjakket"));
        assertTrue(save.isDisabled(), "nothing left to save");
        assertEquals("3 mangler", lookup("#statusCounts").queryAs(Label.class).getText().replaceAll(".*· ", ""));

        harness.stop();
        try (Database db = Database.open(file)) {
            InitiativeRow stored = new SubmissionService(db.store()).loadYear(SampleYear.YEAR).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            assertEquals(Score.of(9, 10), stored.score());
            assertEquals("Covid-19 har haft indflydelse.", stored.departmentNote().plainText());
            assertTrue(stored.departmentNote().hasItalic(), "Ctrl+I made the note italic");
        }
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 4);
        select("Sjakket");
        assertEquals("9", lookup("#metField").queryAs(TextField.class).getText());
        assertEquals("10", lookup("#totalField").queryAs(TextField.class).getText());
    }

    @Test
    void notRelevantClearsAndDisablesTheNumbers() throws Exception {
        select("Københavnerteamet");
        replace("#metField", "1");
        replace("#totalField", "2");
        clickOn((Node) lookup("#notRelevantSwitch .thumb-area").query());
        ToggleSwitch notRelevant = lookup("#notRelevantSwitch").queryAs(ToggleSwitch.class);
        assertTrue(notRelevant.isSelected(), "switched on by mouse");
        assertEquals("", lookup("#metField").queryAs(TextField.class).getText());
        assertTrue(lookup("#metField").query().isDisabled());
        assertTrue(lookup("#totalField").query().isDisabled());
        assertFalse(lookup("#saveButton").queryButton().isDisabled());
        push(KeyCode.SPACE);
        assertFalse(notRelevant.isSelected(), "switched off by keyboard");
        assertFalse(lookup("#metField").query().isDisabled());
    }

    @Test
    void undoAndRedoWorkInsideTheTextFields() throws Exception {
        select("Sjakket");
        clickOn("#assessmentEditorArea").write("God beskrivelse");
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", lookup("#assessmentEditorArea").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText());
        push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("God beskrivelse",
                lookup("#assessmentEditorArea").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText());
        replace("#metField", "7");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", lookup("#metField").queryAs(TextField.class).getText());
    }

    @Test
    void revertDiscardsTheEdit() throws Exception {
        select("Sjakket");
        replace("#metField", "4");
        clickOn("#revertButton");
        assertEquals("", lookup("#metField").queryAs(TextField.class).getText());
        assertTrue(lookup("#saveButton").queryButton().isDisabled());
    }

    @Test
    void switchingRowsWithUnsavedChangesAsksFirst() throws Exception {
        select("Sjakket");
        replace("#metField", "1");
        replace("#totalField", "3");
        select("Københavnerteamet");
        assertTrue(lookup("#unsavedDialog").tryQuery().isPresent(), "the user is asked");
        clickOn("#unsavedCancel");
        assertEquals("1", lookup("#metField").queryAs(TextField.class).getText(), "the edit stays");
        assertTrue(lookup("#editorTitle").queryAs(Label.class).getText().startsWith("Sjakket"));
        select("Københavnerteamet");
        clickOn("#unsavedDiscard");
        assertTrue(lookup("#editorTitle").queryAs(Label.class).getText().startsWith("Københavnerteamet"));
        assertEquals("", lookup("#metField").queryAs(TextField.class).getText());
    }

    @Test
    void filterAndSearchNarrowTheTable() throws Exception {
        assertEquals(4, AppHarness.countRows(this));
        clickOn("#searchField").write("team");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, AppHarness.countRows(this));
        replace("#searchField", "");
        clickOn("#departmentFilter");
        clickOn("SOF – Socialforvaltningen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, AppHarness.countRows(this));
        clickOn("KFF – Kultur- og Fritidsforvaltningen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, AppHarness.countRows(this), "two departments at once");
        push(KeyCode.ESCAPE);
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<SubmissionState> states =
                lookup("#stateFilter").queryAs(org.controlsfx.control.CheckComboBox.class);
        interact(() -> states.getCheckModel().check(SubmissionState.NOT_STARTED));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, AppHarness.countRows(this), "nothing is started yet");
        interact(() -> {
            states.getCheckModel().check(SubmissionState.DRAFT);
            states.getCheckModel().clearCheck(SubmissionState.NOT_STARTED);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, AppHarness.countRows(this), "no drafts");
    }
}
