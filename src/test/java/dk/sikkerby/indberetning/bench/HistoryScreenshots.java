package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleUsers;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.testsupport.ThreeYearsOfSjakket;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: draws the screenshots of the years side by side (issue 17) from the running app, headless:
 * the main window at 1280×800 with the reviewer's view of changed criteria, the history window's two
 * tabs, and the link dialog. Run on demand:
 * {@code ./mvnw -o test -Dtest=HistoryScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HistoryScreenshots extends UiRobot {

    @TempDir
    Path dir;

    @Test
    void drawTheScreenshotsOfTheYearsSideBySide() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("screens").toString());
        SampleUsers.create(file);
        try (Database db = TestDatabase.open(file)) {
            ThreeYearsOfSjakket.addYears(db);
            ThreeYearsOfSjakket.changeCriteriaIn2023(db);
            SubmissionService submissions = new SubmissionService(db.store());
            InitiativeRow sjakket = submissions.loadYear(2023).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            TestServices.workflow(db.store()).submit(TestActors.administrator(), 2023, sjakket.initiativeId(),
                    sjakket.version());
            YearSetupService setup = new YearSetupService(db.store());
            int sof = setup.departments().stream().filter(d -> d.code().equals("SOF")).findFirst().orElseThrow().id();
            int tmf = setup.departments().stream().filter(d -> d.code().equals("TMF")).findFirst().orElseThrow().id();
            setup.createYear(TestActors.administrator(), 2024, "Bilag 1: Indsatsernes målopfyldelse for 2024", "Bemærkning");
            int next = setup.addCategory(TestActors.administrator(), 2024, "SEKUNDÆR FOREBYGGELSE").id();
            setup.addInitiative(TestActors.administrator(), 2024, "Sjakket Gadeplan", sof, next);
            setup.addInitiative(TestActors.administrator(), 2024, "Københavnerteamet", sof, next);
            setup.addInitiative(TestActors.administrator(), 2024, "Green Teams Sommerjob", tmf, next);
            setup.addInitiative(TestActors.administrator(), 2024, "Natteravne i Nordvest", sof, next);
        }
        AppHarness harness = new AppHarness(dir.resolve("data"));
        harness.launch(this, "--db", file.toString());
        AppHarness.signIn(this, SampleUsers.RIKKE, SampleUsers.RIKKE_PASSWORD);
        AppHarness.awaitRows(this, 4);
        Path docs = Path.of("docs");
        try {
            interact(() -> {
                Stage main = mainStage();
                main.setWidth(1280);
                main.setHeight(800);
            });
            WaitForAsyncUtils.waitForFxEvents();
            UiRobot.runFx(() -> lookup("#yearSelector").queryAs(javafx.scene.control.ComboBox.class).setValue(2023));
            AppHarness.selectRow(this, "Sjakket");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiRobot.onFx(() ->
                    lookup("#reviewCriteriaChanges").query().isVisible()));
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            save(mainStage().getScene(), docs.resolve("screenshot-review-changes.png"));

            clickOn("#initiativeYearsButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiRobot.onFx(() -> lookup("#initiativeYearsTable")
                    .tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false)));
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            Scene years = lookup("#initiativeYearsView").query().getScene();
            save(years, docs.resolve("screenshot-history.png"));
            clickOn("Forvaltningerne over årene");
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            save(years, docs.resolve("screenshot-history-departments.png"));
            interact(() -> ((Stage) years.getWindow()).close());
            harness.stop();
            harness.start(this, "--db", file.toString());
            AppHarness.awaitRows(this, 4);

            UiRobot.runFx(() -> lookup("#yearSelector").queryAs(javafx.scene.control.ComboBox.class).setValue(2024));
            WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
            clickOn("#menuYear").clickOn("Knyt omdøbte indsatser…");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiRobot.onFx(() -> lookup("#linkTable")
                    .tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false)));
            push(KeyCode.ALT, KeyCode.K);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            save(lookup("#linkTable").query().getScene(), docs.resolve("screenshot-link.png"));
            push(KeyCode.CONTROL, KeyCode.Z);
            push(KeyCode.ESCAPE);
        } finally {
            harness.stop();
        }
    }

    private static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst()
                .orElseThrow();
    }

    private void save(Scene scene, Path target) throws Exception {
        BufferedImage[] picture = new BufferedImage[1];
        interact(() -> {
            WritableImage image = scene.snapshot(null);
            PixelReader pixels = image.getPixelReader();
            BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                    BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            picture[0] = out;
        });
        Files.createDirectories(target.getParent());
        ImageIO.write(picture[0], "png", target.toFile());
    }
}
