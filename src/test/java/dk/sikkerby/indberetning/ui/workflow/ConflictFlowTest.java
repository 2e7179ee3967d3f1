package dk.sikkerby.indberetning.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.SampleYearAppTest;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Someone else saves while the user edits: the user is told who and when, sees both versions, keeps
 * theirs, and finds both changes in the submission's history with the earlier text readable in full.
 */
class ConflictFlowTest extends SampleYearAppTest {

    @Override
    protected String fileName() {
        return "conflict";
    }

    private void replace(String id, String value) {
        clickOn(id).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(value);
    }

    @Test
    void theSecondSaverSeesWhoAndBothVersionsKeepsTheirsAndFindsBothInTheHistory() throws Exception {
        AppHarness.selectRow(this, "Sjakket");
        replace("#metField", "1");
        replace("#totalField", "2");

        // Rikke saves an assessment through her own connection while the form is being edited
        try (Connection other = DriverManager.getConnection(file.jdbcUrl(), "sa", "")) {
            SubmissionService hers = new SubmissionService(Store.over(DSL.using(other, SQLDialect.H2)));
            InitiativeRow row = hers.loadYear(SampleYear.YEAR).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            hers.save(TestActors.reviewer(), SampleYear.YEAR, row.initiativeId(),
                    new SubmissionForm("", "", false, null, RichText.plain("Rikkes bemærkning")), 0);
        }

        push(KeyCode.CONTROL, KeyCode.S);
        UiRobot.waitFor(10, () -> lookup("#conflictDialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#conflictDialog").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().startsWith("Rikke Reviewer gemte indsatsen "), dialog.getHeaderText());
        assertEquals("Rikkes bemærkning", lookup("#conflictTheirAssessment").queryAs(TextArea.class).getText());
        assertEquals("", lookup("#conflictMineAssessment").queryAs(TextArea.class).getText());
        clickOn("#conflictKeepMine");
        UiRobot.waitFor(10, () -> lookup("#saveResult").queryAs(Label.class).getText().equals("Gemt: Sjakket"));

        clickOn("#historyButton");
        UiRobot.waitFor(10, () -> lookup("#historyTable").queryAs(TableView.class).getItems().stream()
                        .filter(e -> ((AuditEntry) e).field().isSubmission()).count() == 4);
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> history = lookup("#historyTable").queryAs(TableView.class);
        int rikkes = history.getItems().indexOf(history.getItems().stream()
                .filter(e -> e.field() == AuditField.ASSESSMENT && e.actorLogin().equals("reviewer"))
                .findFirst().orElseThrow());
        interact(() -> history.getSelectionModel().select(rikkes));
        assertEquals("Rikkes bemærkning", lookup("#historyAfter").queryAs(TextArea.class).getText());
        assertEquals("", lookup("#historyBefore").queryAs(TextArea.class).getText());
        harness.stop();

        try (Database db = Database.open(file)) {
            InitiativeRow stored = new SubmissionService(db.store()).loadYear(SampleYear.YEAR).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            assertEquals(Score.of(1, 2), stored.score(), "mine was kept");
            assertEquals(RichText.EMPTY, stored.assessment(), "knowingly saved over hers");
            List<String> trail = TestServices.workflow(db.store()).history(SampleYear.YEAR, stored.initiativeId()).stream()
                    .filter(e -> e.field().isSubmission()).map(e -> e.actorLogin() + " " + e.field()).toList();
            assertEquals(List.of("reviewer ASSESSMENT", "reviewer STATE", "test-admin SCORE", "test-admin ASSESSMENT"),
                    trail);
        }
    }
}
