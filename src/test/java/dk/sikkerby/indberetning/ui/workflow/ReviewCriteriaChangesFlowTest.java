package dk.sikkerby.indberetning.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleUsers;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.testsupport.ThreeYearsOfSjakket;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rikke, the reviewer, reads what changed in Sjakket's criteria since last year before she approves it. */
class ReviewCriteriaChangesFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("review").toString());
        SampleUsers.create(file);
        try (Database db = TestDatabase.open(file)) {
            ThreeYearsOfSjakket.addYears(db);
            ThreeYearsOfSjakket.changeCriteriaIn2023(db);
            InitiativeRow sjakket = new SubmissionService(db.store()).loadYear(2023).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            TestServices.workflow(db.store()).submit(TestActors.administrator(), 2023, sjakket.initiativeId(),
                    sjakket.version());
        }
        harness = new AppHarness(dir.resolve("data"));
        harness.launch(this, "--db", file.toString());
        AppHarness.signIn(this, SampleUsers.RIKKE, SampleUsers.RIKKE_PASSWORD);
        AppHarness.awaitRows(this, 4);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private Label changes() {
        return lookup("#reviewCriteriaChanges").queryAs(Label.class);
    }

    @Test
    void theChangesAreBesideTheApproveButtonUntilApproved() throws Exception {
        AppHarness.selectRow(this, "Sjakket");
        UiRobot.waitFor(10, () -> changes().isVisible());
        assertEquals(ThreeYearsOfSjakket.CHANGES_2023, changes().getText());
        assertFalse(lookup("#approveButton").queryButton().isDisabled());
        UiRobot.runFx(() -> lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        clickOn("#approveButton");
        UiRobot.waitFor(10, () -> lookup("#approveButton").queryButton().isDisabled());
        assertFalse(changes().isVisible(), "approved: nothing left to decide");
        AppHarness.selectRow(this, "Københavnerteamet");
        UiRobot.waitFor(10, () -> changes().getText().isEmpty());
        assertTrue(lookup("#approveButton").queryButton().isDisabled());
    }
}
