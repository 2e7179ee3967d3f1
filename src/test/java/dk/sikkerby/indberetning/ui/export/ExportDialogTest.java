package dk.sikkerby.indberetning.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.export.ExportFixture;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.common.Background;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export… driven as a user drives it: choose, export with progress, open the file. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    /** Looks nodes up on the FX thread; TestFX's extension would inject a robot that does not. */
    private final UiRobot robot = new UiRobot();

    @TempDir
    Path dir;
    private Database db;
    private Background background;
    private final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private Path target;

    @Start
    void start(Stage stage) {
        db = TestDatabase.open(dir.resolve("db"));
        ExportFixture.create(db.dsl());
        background = new Background();
        Messages messages = Messages.forLocale(Messages.DANISH);
        AppContext context = new AppContext(messages, Settings.load(dir.resolve("settings.properties")),
                dk.sikkerby.indberetning.app.Services.on(db, messages), background,
                dk.sikkerby.indberetning.testsupport.TestActors.reviewer());
        TargetChooser chooser = (owner, name, format) -> {
            suggestedNames.add(name);
            return Optional.ofNullable(target);
        };
        stage.setScene(new Scene(ExportDialog.content(context, stage, ExportFixture.YEAR, chooser, opened::add, stage::close),
                640, 520));
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        db.close();
    }

    @Test
    void exportsTheWorkbookWithColoursAndOpensIt() throws Exception {
        target = dir.resolve("bilag.xlsx");
        waitUntilLoaded();
        robot.clickOn("#exportColours");
        TextField greenMin = robot.lookup("#exportGreenMin").queryAs(TextField.class);
        assertFalse(greenMin.isDisabled(), "the thresholds apply once colours are chosen");
        robot.interact(() -> greenMin.setText("90"));
        robot.clickOn("#exportStart");
        UiRobot.waitFor(20, () -> robot.lookup("#exportOpen").query().isVisible());

        assertEquals(List.of("Bilag 1 - 2021.xlsx"), suggestedNames);
        String message = robot.lookup("#exportMessage").queryAs(Label.class).getText();
        assertEquals("Eksporteret til " + target + ": 4 indsatser, 1 uden målopfyldelse.", message);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(2, workbook.getNumberOfSheets());
        }
        assertEquals(new TrafficLightThresholds(0, 90), new TrafficLightSettings(db.store()).thresholds(2021),
                "the thresholds are kept with the year");

        robot.clickOn("#exportOpen");
        UiRobot.waitFor(10, () -> opened.contains(target));
    }

    @Test
    void exportsOneDepartmentAsDanishCsv() throws Exception {
        target = dir.resolve("sof.csv");
        waitUntilLoaded();
        robot.clickOn("#exportFormatCsv");
        assertTrue(robot.lookup("#exportColours").query().isDisabled(), "no colours in CSV");
        robot.clickOn("#exportSeparatorSemicolon");
        @SuppressWarnings("unchecked")
        ComboBox<Department> department = robot.lookup("#exportDepartment").queryAs(ComboBox.class);
        robot.interact(() -> department.getSelectionModel().select(
                department.getItems().stream().filter(d -> d.code().equals("SOF")).findFirst().orElseThrow()));
        robot.clickOn("#exportStart");
        UiRobot.waitFor(20, () -> Files.exists(target)
                && robot.lookup("#exportOpen").query().isVisible());
        assertEquals(List.of("Bilag 1 - 2021 - SOF.csv"), suggestedNames);
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"År\";"), csv);
        assertEquals(3, csv.split("\r\n").length);
    }

    @Test
    void aThresholdThatIsNotANumberIsExplainedAndNothingIsWritten() throws Exception {
        target = dir.resolve("bilag.xlsx");
        waitUntilLoaded();
        robot.clickOn("#exportColours");
        robot.interact(() -> robot.lookup("#exportRedMax").queryAs(TextField.class).setText("halvdelen"));
        robot.clickOn("#exportStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\"halvdelen\" er ikke et helt tal mellem 0 og 100.",
                robot.lookup("#exportMessage").queryAs(Label.class).getText());
        assertFalse(Files.exists(target));
    }

    private void waitUntilLoaded() throws Exception {
        UiRobot.waitFor(10, () ->
                Integer.valueOf(2021).equals(robot.lookup("#exportYear").queryAs(ComboBox.class).getValue())
                        && "0".equals(robot.lookup("#exportRedMax").queryAs(TextField.class).getText()));
    }
}
