package dk.sikkerby.indberetning.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import dk.sikkerby.indberetning.ui.main.MainView;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import dk.sikkerby.indberetning.ui.main.TableItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Import… with a real database: the user types the path, previews, confirms, and the main
 * table shows the year; a file with errors cannot be imported; a changed file needs "replace".
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    /** Looks nodes up on the FX thread; TestFX's extension would inject a robot that does not. */
    private final UiRobot robot = new UiRobot();

    private static final Path FILE = Sample2021.path().toAbsolutePath();

    @TempDir
    Path dir;
    private Database database;
    private Background background;
    private MainViewModel main;
    private MainView mainView;
    private ImportViewModel importer;

    @Start
    void start(Stage stage) {
        database = TestDatabase.open(dir);
        background = new Background();
        Messages messages = Messages.forLocale(Messages.DANISH);
        SubmissionService submissions = new SubmissionService(database.store());
        main = new MainViewModel(messages, () -> submissions, background);
        EditorViewModel editor = new EditorViewModel(messages, (row, form, onSaved, onFailed) -> { });
        mainView = new MainView(main, editor, messages, new MenuBar(), database.file().toString());
        stage.setScene(new Scene(mainView, 1000, 700));
        stage.show();
        // as MainWindow does it
        importer = new ImportViewModel(messages, new ImportService(database.store()), TestActors.administrator(), background,
                year -> {
                    main.refreshYears(year);
                    main.loadYear(year);
                });
        new ImportDialog(importer, messages, stage).show();
    }

    @AfterEach
    void close() {
        background.close();
        database.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        UiRobot.waitFor(20, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the path as a user would, then asks for the preview and waits for it. */
    private void preview(Path file) throws TimeoutException {
        robot.clickOn("#importFile").write(file.toString());
        showPreview();
    }

    /** Puts the path into the field at once (typing is slow on the headless robot), then previews. */
    private void previewPasted(Path file) throws TimeoutException {
        robot.interact(() -> robot.lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
        showPreview();
    }

    /** Presses the preview button and waits until the preview (of this file) is shown. */
    private void showPreview() throws TimeoutException {
        robot.clickOn("#importPreview");
        waitUntil(() -> importer.previewProperty().get() != null && !importer.workingProperty().get());
    }

    @Test
    void importsThe2021FileAndTheMainTableShowsIt() throws TimeoutException {
        preview(FILE);

        ListView<String> plan = robot.lookup("#importPlan").queryListView();
        assertTrue(plan.getItems().contains("  + indsats Sjakket (SOF, linje 14)"), plan.getItems()::toString);
        TableView<FindingRow> findings = robot.lookup("#importFindings").queryTableView();
        assertTrue(findings.getItems().stream().anyMatch(f -> f.where().equals("linje 7, kolonne 25")
                && f.message().startsWith("KFF (brugt i linje 7) står ikke i fodnoten (linje 9)")));
        assertNull(main.tableProperty().get(), "nothing is written before the user confirms");

        robot.clickOn("#importConfirm");
        waitUntil(() -> main.tableProperty().get() != null && main.tableProperty().get().rows().size() == 25);

        List<TreeItem<TableItem>> groups = mainView.table().getRoot().getChildren();
        assertEquals(List.of("PRIMÆR FOREBYGGELSE", "SEKUNDÆR FOREBYGGELSE", "TERTIÆR FOREBYGGELSE", "OMRÅDEBASEREDE INDSATSER"),
                groups.stream().map(g -> g.getValue().category().name()).toList());
        assertEquals(25, groups.stream().mapToInt(g -> g.getChildren().size()).sum());
        assertEquals("Covid-19", main.tableProperty().get().year().noteLabel());
        assertEquals("Importeret: 25 indsatser i 2021.", robot.lookup("#importStatus").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#importConfirm").queryButton().isDisabled(), "the same preview cannot be applied twice");
    }

    @Test
    void aFileWithErrorsShowsThemAndCannotBeImported() throws TimeoutException, IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), Files.readString(FILE).replace("\t10/10\t", "\t11/10\t"));

        previewPasted(bad);

        TableView<FindingRow> findings = robot.lookup("#importFindings").queryTableView();
        assertTrue(findings.getItems().stream().anyMatch(f -> f.where().equals("linje 14, kolonne 13")
                && f.severityText().equals("FEJL")));
        assertTrue(robot.lookup("#importConfirm").queryButton().isDisabled());
        assertEquals("Afvist: filen har 1 fejl (se ovenfor). Intet er skrevet.",
                robot.lookup("#importStatus").queryAs(Label.class).getText());
    }

    @Test
    void aChangedFileNeedsTheReplaceConfirmation() throws TimeoutException, IOException {
        previewPasted(FILE);
        robot.clickOn("#importConfirm");
        waitUntil(() -> main.tableProperty().get() != null);
        Path changed = Files.writeString(dir.resolve("changed.txt"), Files.readString(FILE).replace("\t10/10\t", "\t9/10\t"));
        previewPasted(changed);

        Button confirm = robot.lookup("#importConfirm").queryButton();
        CheckBox replace = robot.lookup("#importReplace").queryAs(CheckBox.class);
        assertTrue(replace.isVisible());
        assertTrue(confirm.isDisabled());
        assertTrue(robot.lookup("#importPlan").queryListView().getItems().contains("    Målopfyldelse: 10/10 → 9/10"));
        robot.clickOn("#importReplace");
        assertFalse(confirm.isDisabled());
        robot.clickOn("#importConfirm");
        waitUntil(() -> main.tableProperty().get().rows().stream()
                .anyMatch(r -> r.name().equals("Sjakket") && r.score().fraction().equals("9/10")));
    }
}
