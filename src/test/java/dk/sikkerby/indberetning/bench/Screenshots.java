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
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dk.sikkerby.indberetning.testsupport.UiRobot;
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

    private static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst().orElseThrow();
    }

    /** The main window with every other showing window (popups, notices) drawn where it is. */
    private void save(Path target) throws Exception {
        BufferedImage[] picture = new BufferedImage[1];
        interact(() -> {
            Stage main = mainStage();
            WritableImage base = main.getScene().snapshot(null);
            BufferedImage out = new BufferedImage((int) base.getWidth(), (int) base.getHeight(), BufferedImage.TYPE_INT_ARGB);
            draw(out, base, 0, 0);
            for (Window w : Window.getWindows()) {
                if (w != main && w.isShowing() && w.getScene() != null) {
                    draw(out, w.getScene().snapshot(null), (int) (w.getX() + w.getScene().getX() - main.getX() - main.getScene().getX()),
                            (int) (w.getY() + w.getScene().getY() - main.getY() - main.getScene().getY()));
                }
            }
            picture[0] = out;
        });
        Files.createDirectories(target.getParent());
        ImageIO.write(picture[0], "png", target.toFile());
    }

    private static void draw(BufferedImage out, WritableImage image, int x0, int y0) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int ox = x0 + x;
                int oy = y0 + y;
                if (ox >= 0 && oy >= 0 && ox < out.getWidth() && oy < out.getHeight()) {
                    int argb = pixels.getArgb(x, y);
                    if ((argb >>> 24) != 0) {
                        out.setRGB(ox, oy, argb);
                    }
                }
            }
        }
    }
}
