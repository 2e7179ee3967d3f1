package dk.sikkerby.indberetning.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleUsers;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of a submission through the whole app, signed in as the people who live it: Karen, SOF's
 * coordinator, and Rikke from the Sikker By secretariat. Each signs in on the same database in turn.
 */
class WorkflowFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private DatabaseFile file;
    private AppHarness harness;

    @BeforeEach
    void createUsers() {
        file = DatabaseFile.of(dir.resolve("workflow").toString());
        SampleUsers.create(file);
        harness = new AppHarness(dir.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private void signInAs(String login, String password) throws TimeoutException {
        harness.stop();
        harness.launch(this, "--db", file.toString());
        AppHarness.signIn(this, login, password);
        AppHarness.awaitRows(this, 4);
    }

    private void select(String initiative) throws TimeoutException {
        AppHarness.selectRow(this, initiative);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void replace(String id, String value) {
        clickOn(id).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(value);
    }

    private void awaitState(String shown) throws TimeoutException {
        UiRobot.waitFor(10, () -> text("#stateLabel").equals(shown));
    }

    @Test
    void aCoordinatorCannotTypeIntoAnotherDepartmentsRowAndIsToldWhy() throws Exception {
        signInAs("karen", "karens-kode");
        assertEquals("Karen Koordinator (Koordinator)", text("#signedInUser"));
        select("Idrætssociale Indsatser");
        assertTrue(lookup("#metField").query().isDisabled());
        clickOn("#metField").write("5");
        assertEquals("", lookup("#metField").queryAs(TextField.class).getText(), "nothing was typed");
        assertEquals("Indsatsen hører til KFF: kun KFFs koordinatorer kan rette den.", text("#readOnlyReason"));
        assertTrue(lookup("#saveButton").queryButton().isDisabled());

        select("Sjakket");
        assertFalse(lookup("#metField").query().isDisabled(), "her own department's row is open");
        assertFalse(lookup("#readOnlyReason").query().isVisible());

        push(KeyCode.CONTROL, KeyCode.E);
        UiRobot.waitFor(10, () -> lookup("#errorDialog").tryQuery().isPresent());
        assertEquals("Din rolle, Koordinator, giver ikke lov til at eksportere.",
                lookup("#errorDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText());
        clickOn("OK");
    }

    @Test
    void theReviewerReturnsTheCoordinatorCorrectsAndResubmitsTheReviewerApproves() throws Exception {
        signInAs("karen", "karens-kode");
        select("Sjakket");
        awaitState("○ Ikke påbegyndt");
        replace("#metField", "1");
        replace("#totalField", "2");
        push(KeyCode.CONTROL, KeyCode.S);
        awaitState("✎ Kladde");
        clickOn("#submitButton");
        awaitState("➜ Indsendt");
        assertTrue(lookup("#metField").query().isDisabled());
        assertTrue(text("#readOnlyReason").startsWith("Indsendt af SOF "), text("#readOnlyReason"));
        assertTrue(text("#readOnlyReason").endsWith(": kan ikke redigeres, før Sikker By sender den tilbage."));

        signInAs("rikke", "rikkes-kode");
        select("Sjakket");
        assertTrue(lookup("#metField").query().isDisabled(), "a reviewer does not type the score");
        assertTrue(lookup("#approveButton").queryButton().isVisible());
        clickOn("#commentField").write("Hvor mange deltog i 2021?");
        clickOn("#returnButton");
        awaitState("↩ Sendt tilbage");

        signInAs("karen", "karens-kode");
        select("Sjakket");
        awaitState("↩ Sendt tilbage");
        UiRobot.waitFor(10, () -> lookup("#commentThread").queryAs(ListView.class).getItems().size() == 1);
        String comment = (String) lookup("#commentThread").queryAs(ListView.class).getItems().get(0);
        assertTrue(comment.contains("Rikke Reviewer (Sendt tilbage): Hvor mange deltog i 2021?"), comment);
        replace("#metField", "2");
        push(KeyCode.CONTROL, KeyCode.S);
        awaitState("✎ Kladde");
        clickOn("#commentField").write("Alle 2 mål er nået; tallet er rettet.");
        clickOn("#commentButton");
        UiRobot.waitFor(10, () -> lookup("#commentThread").queryAs(ListView.class).getItems().size() == 2);
        clickOn("#submitButton");
        awaitState("➜ Indsendt");

        signInAs("rikke", "rikkes-kode");
        select("Sjakket");
        clickOn("#approveButton");
        awaitState("✔ Godkendt");
        harness.stop();

        try (Database db = Database.open(file)) {
            InitiativeRow stored = new SubmissionService(db.store()).loadYear(SampleYear.YEAR).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            assertEquals(SubmissionState.APPROVED, stored.state());
            assertEquals(Score.of(2, 2), stored.score());
            assertEquals(2, TestServices.workflow(db.store()).thread(SampleYear.YEAR, stored.initiativeId()).size());
            assertEquals(8, TestServices.workflow(db.store()).history(SampleYear.YEAR, stored.initiativeId()).stream()
                            .filter(e -> e.field().isSubmission()).count(),
                    "score and state at the first save, submit, return, score and state at the correction, "
                            + "submit, approve");
        }
    }
}
