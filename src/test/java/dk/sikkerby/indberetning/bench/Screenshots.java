package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleUsers;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.testsupport.WindowPicture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: draws the screenshots of docs/ (grid, filter, notice) from the running app, headless, by
 * snapshotting every window of the app onto the main window's picture. Run on demand:
 * {@code ./mvnw -o test -Dtest=Screenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class Screenshots extends UiRobot {

    @TempDir
    Path dir;

    @Test
    void drawTheScreenshotsOfTheDocs() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("screens").toString());
        SampleUsers.create(file);
        try (Database db = TestDatabase.open(file)) {
            SubmissionService submissions = new SubmissionService(db.store());
            List<InitiativeRow> rows = submissions.loadYear(SampleYear.YEAR).rows();
            submissions.save(TestActors.administrator(), SampleYear.YEAR, rows.get(0).initiativeId(),
                    new SubmissionForm("2", "3", false, RichText.plain("Aktiviteterne kørte hele året."), RichText.EMPTY), 0);
        }
        AppHarness harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 4);
        Path docs = Path.of("docs");
        try {
            clickOn("#gridModeButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#initiativeGrid").tryQuery().isPresent());
            clickOn(lookup("#initiativeGrid .spreadsheet-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                    "Sjakket".equals(c.getText())).<javafx.scene.Node>query());
            push(KeyCode.TAB).push(KeyCode.TAB);
            type(KeyCode.DIGIT1, KeyCode.SLASH, KeyCode.DIGIT2);
            push(KeyCode.ENTER);
            type(KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.SLASH, KeyCode.DIGIT1, KeyCode.DIGIT0);
            push(KeyCode.ENTER);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            save(docs.resolve("screenshot-grid.png"));

            clickOn("#gridFilterDepartment");
            push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER); // Alle, KFF, SOF
            clickOn("#gridFilterScore");
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            save(docs.resolve("screenshot-grid-filters.png"));
            push(KeyCode.ESCAPE);
            clickOn("#gridFilterClear");
            clickOn("#gridModeButton"); // back to the table: the two rows typed above are kept, the guard asks
            clickOn("#unsavedDiscard");

            clickOn("#departmentFilter");
            clickOn("SOF – Socialforvaltningen");
            clickOn("KFF – Kultur- og Fritidsforvaltningen");
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            save(docs.resolve("screenshot-filter.png"));
            push(KeyCode.ESCAPE);

            interact(() -> new dk.sikkerby.indberetning.ui.common.Notices(mainStage()).warning(
                    "Ikke gemt – gemt som kladde", "Rækkerne blev ikke gemt: Københavnerteamet: Året 2021 er låst. "
                            + "Det, du har skrevet, står stadig i gitteret som en kladde."));
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            save(docs.resolve("screenshot-notice.png"));
        } finally {
            harness.stop();
        }
    }

    private void save(Path target) throws Exception {
        WindowPicture.save(this, target);
    }

    private static Stage mainStage() {
        return WindowPicture.mainStage();
    }
}
