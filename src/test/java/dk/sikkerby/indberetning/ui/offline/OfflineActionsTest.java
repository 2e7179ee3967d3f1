package dk.sikkerby.indberetning.ui.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.main.MainMenu;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The main window's side of the exchange: the two File menu items, and files handed over (by the
 * file dialog or a drop) opening the preview for the year selected in the main window.
 */
class OfflineActionsTest {
    /** Looks nodes up on the FX thread; TestFX's extension would inject a robot that does not. */
    private final UiRobot robot = new UiRobot();

    @TempDir
    static Path folder;
    private Database database;
    private Background background;
    private OfflineActions actions;
    private MainMenu menu;
    private Path lastYear;
    private MainViewModel main;

    /**
     * The database, last year's workbook and the services are made on the test's thread (H2 and POI work
     * that must not hold the FX thread, where a loaded machine would run into TestFX's time limit); the
     * window and its view models on the FX thread.
     */
    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.open(Files.createTempDirectory(folder, "db"));
        SampleYear.create(database.dsl());
        Messages messages = Messages.forLocale(Messages.DANISH);
        new dk.sikkerby.indberetning.service.year.YearSetupService(database.store()).createFromPreviousYear(TestActors.administrator(), 2022);
        lastYear = TestServices.offline(database, messages).templates().writeOne(TestActors.administrator(), 2022, "SOF", folder.resolve("SOF 2022.xlsx")).file();
        background = new Background();
        AppContext context = new AppContext(messages, Settings.load(folder.resolve("settings.properties")),
                dk.sikkerby.indberetning.app.Services.on(database, messages), background,
                dk.sikkerby.indberetning.testsupport.TestActors.administrator());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            main = new MainViewModel(messages, context::submissions, background);
            main.selectedYearProperty().set(2021);
            menu = new MainMenu(messages);
            actions = new OfflineActions(messages, () -> context, stage, main);
            Label status = new Label();
            status.setId("statusMessage");
            status.textProperty().bind(main.messageProperty());
            stage.setScene(new Scene(new VBox(menu.bar(), actions.templatesProgress(), status), 900, 200));
            stage.show();
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        database.close();
    }

    /** Holds the worker until the returned latch opens, so that the next work is still under way when cancelled. */
    private CountDownLatch holdTheWorker() {
        CountDownLatch gate = new CountDownLatch(1);
        background.run(() -> gate.await(30, TimeUnit.SECONDS), done -> { }, error -> { });
        return gate;
    }

    private String text(String id) {
        return UiRobot.onFx(() -> ((Labeled) robot.lookup(id).query()).getText());
    }

    @Test
    void workbooksCancelledFromTheStatusBarLeaveTheFolderAsItWas() throws Exception {
        Path out = Files.createDirectory(folder.resolve("ud"));
        Files.writeString(out.resolve("noter.txt"), "notes");
        CountDownLatch gate = holdTheWorker();
        robot.interact(() -> actions.writeTemplates(2021, out));
        assertTrue(UiRobot.onFx(() -> robot.lookup("#templatesWork").query().isVisible()), "progress and cancel shown");

        robot.clickOn("#templatesCancel");
        assertEquals("Afbryder projektmapperne …", text("#statusMessage"));
        gate.countDown();

        UiRobot.waitFor(30, () -> !UiRobot.onFx(() -> robot.lookup("#templatesWork").query().isVisible()));
        assertEquals("Projektmapperne blev afbrudt. Ingen er lagt i " + out + "; filer, der lå der i forvejen, er uændrede.",
                text("#statusMessage"));
        try (var files = Files.list(out)) {
            assertEquals(List.of("noter.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void returnedWorkbooksCancelledInThePreviewWriteNothing() throws Exception {
        String before = database.dsl().selectFrom("submission").fetch().formatCSV()
                + database.dsl().selectFrom("audit_entry").fetch().formatCSV();
        CountDownLatch gate = holdTheWorker();
        robot.interact(() -> actions.openPreview(List.of(lastYear)));
        UiRobot.waitFor(20, () -> robot.lookup("#offlineCancel").tryQuery().isPresent());
        assertTrue(UiRobot.onFx(() -> robot.lookup("#offlineCancel").query().isVisible()));

        robot.clickOn("#offlineCancel");
        gate.countDown();

        UiRobot.waitFor(30, () -> text("#offlineMessage").startsWith("Indlæsningen blev afbrudt"));
        assertEquals("Indlæsningen blev afbrudt. Intet er skrevet til databasen.", text("#offlineMessage"));
        assertFalse(UiRobot.onFx(() -> robot.lookup("#offlineCancel").query().isVisible()));
        assertTrue(UiRobot.onFx(() -> robot.lookup("#offlineApply").query().isDisabled()));
        assertEquals(before, database.dsl().selectFrom("submission").fetch().formatCSV()
                + database.dsl().selectFrom("audit_entry").fetch().formatCSV());
        robot.clickOn("#offlineClose");
    }

    @Test
    void theFileMenuOffersBothActions() {
        List<MenuItem> items = actions.menuItems(menu);
        assertEquals(List.of("menuTemplates", "menuImportReturn"), items.stream().map(MenuItem::getId).toList());
        assertEquals("Læs returnerede projektmapper ind…", items.get(1).getText());
    }

    @Test
    void filesHandedOverOpenThePreviewForTheSelectedYear() throws Exception {
        robot.interact(() -> actions.openPreview(List.of(lastYear)));

        UiRobot.waitFor(20, () -> robot.lookup("#offlineFindings").tryQuery().isPresent()
                && !robot.lookup("#offlineFindings").queryListView().getItems().isEmpty());
        ListView<String> findings = robot.lookup("#offlineFindings").queryListView();
        assertTrue(findings.getItems().contains("  Projektmappen er til 2022, men der indlæses for 2021."), findings.getItems().toString());
    }
}
