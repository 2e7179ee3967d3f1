package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.SampleYearAppTest;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Success criteria typed in the editor by id: the sum follows, a dropped one needs a reason, the score is derived. */
class CriteriaEditorFlowTest extends SampleYearAppTest {

    @Override
    protected String fileName() {
        return "criteria";
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** Opens a combo box by id and clicks the entry showing {@code text} in its pop-up list. */
    private void choose(String comboId, String text) throws TimeoutException {
        clickOn(comboId);
        ListCell<?>[] cell = new ListCell<?>[1];
        UiRobot.waitFor(5, () -> {
            cell[0] = lookup(".list-cell").match((ListCell<?> c) -> text.equals(c.getText()) && c.getListView() != null
                    && c.getScene() != null && c.getScene().getWindow() instanceof javafx.stage.PopupWindow
                    && c.getScene().getWindow().isShowing())
                    .tryQuery().map(n -> (ListCell<?>) n).orElse(null);
            return cell[0] != null;
        });
        clickOn(cell[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void criteriaTypedInTheFormGiveTheStoredScore() throws Exception {
        AppHarness.selectRow(this, "Sjakket");
        assertEquals("Ingen listet: målopfyldelsen skrives som tal", label("#criteriaSum"));
        clickOn("#addCriterionButton");
        clickOn("#criterionText-1").write("Færre anmeldelser");
        choose("#criterionOutcome-1", "Opfyldt");
        clickOn("#addCriterionButton");
        clickOn("#criterionText-2").write("Flere i job");
        choose("#criterionOutcome-2", "Ikke opfyldt");
        clickOn("#addCriterionButton");
        clickOn("#criterionText-3").write("Tryghed i området");
        choose("#criterionOutcome-3", "Udgår");
        choose("#criterionMarker-3", "Opjusteret");
        assertEquals("Succeskriterium 3 udgår: skriv hvorfor", label("#criteriaError"));
        assertTrue(lookup("#saveButton").queryButton().isDisabled());
        clickOn("#criterionReason-3").write("Ingen måling i år");
        assertFalse(lookup("#criteriaError").query().isVisible());
        assertEquals("1 af 2 opfyldt · 1 udgår · 0 uden resultat", label("#criteriaSum"));
        assertEquals("1", lookup("#metField").queryAs(TextField.class).getText());
        assertEquals("2", lookup("#totalField").queryAs(TextField.class).getText());
        assertTrue(lookup("#metField").query().isDisabled(), "the numbers are the criteria's");

        clickOn("#criterionRemove-2");
        assertEquals("1 af 1 opfyldt · 1 udgår · 0 uden resultat", label("#criteriaSum"));
        clickOn("#undoRemoveCriterionButton");
        assertEquals("Flere i job", lookup("#criterionText-2").queryAs(TextField.class).getText());

        clickOn("#saveButton");
        UiRobot.waitFor(10, () -> label("#saveResult").equals("Gemt: Sjakket"));
        harness.stop();
        try (Database db = Database.open(file)) {
            SubmissionService service = new SubmissionService(db.store());
            InitiativeRow stored = service.loadYear(SampleYear.YEAR).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            assertEquals(Score.of(1, 2), stored.score());
            assertEquals(List.of(
                    new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                    new SuccessCriterion("Flere i job", CriterionOutcome.NOT_MET, "", CriterionMarker.NEW, ""),
                    new SuccessCriterion("Tryghed i området", CriterionOutcome.DROPPED, "Ingen måling i år",
                            CriterionMarker.RAISED, "")),
                    service.criteria(SampleYear.YEAR, stored.initiativeId()));
        }
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 4);
        AppHarness.selectRow(this, "Sjakket");
        UiRobot.waitFor(10, () -> lookup("#criterionText-3").tryQuery().isPresent());
        assertEquals("1 af 2 opfyldt · 1 udgår · 0 uden resultat", label("#criteriaSum"));
        assertTrue(lookup("#saveButton").queryButton().isDisabled(), "nothing to save after loading");
    }
}
