package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.ui.SikkerByApp;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.PopupWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the whole app as a user starts it ({@code --db FILE}, Danish), headless, signs in, and stops it as
 * closing the window does (the database is closed cleanly). Its look-ups run on the FX thread
 * ({@link UiRobot}), whatever robot the test hands in.
 */
public final class AppHarness {

    /**
     * The app as users start it, except that ending it (after a start-up error or a passed installation
     * check) only closes its windows: the JavaFX toolkit is shared by all the tests of the run.
     */
    public static class TestApp extends SikkerByApp {
        @Override
        protected void exitApp() {
            javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage)
                    .map(w -> (javafx.stage.Stage) w).toList().forEach(javafx.stage.Stage::close);
        }
    }

    public static final String ADMIN_LOGIN = "test-admin";
    public static final String ADMIN_PASSWORD = "test-password";

    private final Path dataDir;
    private Application app;

    public AppHarness(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Makes a database with {@link SampleYear} in {@code folder}, starts the app on it signed in as the test
     * administrator, and waits until the year's four initiatives show. Returns the database file.
     */
    public DatabaseFile startOnSampleYear(FxRobot robot, Path folder, String name) throws TimeoutException {
        DatabaseFile file = DatabaseFile.of(folder.resolve(name).toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
        }
        start(robot, "--db", file.toString());
        awaitRows(robot, 4);
        return file;
    }

    /** Starts the app on the {@code --db} in {@code args} and signs in as the test administrator. */
    public void start(FxRobot robot, String... args) throws TimeoutException {
        String db = databaseArgument(args);
        if (db != null) {
            ensureAdministrator(DatabaseFile.of(db));
        }
        launch(robot, args);
        signIn(robot, ADMIN_LOGIN, ADMIN_PASSWORD);
    }

    /** Starts the app without signing in (the test signs in itself). */
    public void launch(FxRobot robot, String... args) throws TimeoutException {
        System.setProperty("sikkerby.dataDir", dataDir.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TestApp.class, args);
        UiRobot.waitFor(30, () -> ui(robot).lookup("#initiativeTable").tryQuery().isPresent());
    }

    /** Types login and password into the sign-in form by id, and waits until the window shows the user. */
    public static void signIn(FxRobot robot, String login, String password) throws TimeoutException {
        UiRobot ui = ui(robot);
        UiRobot.waitFor(30, () -> ui.lookup("#signInLogin").tryQuery().isPresent());
        ui.clickOn("#signInLogin").write(login);
        ui.clickOn("#signInPassword").write(password);
        ui.clickOn("#signInButton");
        UiRobot.waitFor(30, () -> ui.lookup("#signedInUser").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
    }

    /** The robot as a {@link UiRobot}: the test's own, or one for the look-ups of a plain TestFX robot. */
    public static UiRobot ui(FxRobot robot) {
        return robot instanceof UiRobot ui ? ui : new UiRobot();
    }

    /** The test administrator, created in the database the first time (as the first-start dialog would). */
    public static void ensureAdministrator(DatabaseFile file) {
        try (Database db = TestDatabase.open(file)) {
            UserService users = new UserService(db.store());
            SignInService signIn = new SignInService(db.store(), Clock.systemUTC());
            if (signIn.needsFirstAdministrator()) {
                signIn.createFirstAdministrator(ADMIN_LOGIN, "Test Administrator", ADMIN_PASSWORD.toCharArray(),
                        ADMIN_PASSWORD.toCharArray());
            }
        }
    }

    private static String databaseArgument(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--db")) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Waits until the main table shows at least {@code rows} initiatives. */
    public static void awaitRows(FxRobot robot, int rows) throws TimeoutException {
        UiRobot.waitFor(30, () -> countRows(robot) >= rows);
    }

    /**
     * Clicks the table cell that shows {@code text} (an initiative's name), once the table has laid it
     * out: cells are made and reused by layout passes, so the lookup and the click follow each other.
     */
    public static void selectRow(FxRobot robot, String text) throws TimeoutException {
        clickCell(robot, ".tree-table-cell", text);
    }

    /**
     * Clicks the cell matched by {@code cellQuery} (e.g. {@code "#usersTable .table-cell"}) that shows
     * {@code text}, looked up on the FX thread and clicked in one step, waiting up to 10 s for it to show.
     */
    public static void clickCell(FxRobot robot, String cellQuery, String text) throws TimeoutException {
        Node[] cell = new Node[1];
        UiRobot ui = ui(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            cell[0] = ui.lookup(cellQuery).match((javafx.scene.control.IndexedCell<?> c) -> text.equals(c.getText()))
                    .tryQuery().orElse(null);
            return cell[0] != null;
        });
        robot.clickOn(cell[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens the combo box {@code comboId} and clicks the entry showing {@code text} in its open pop-up
     * (only a cell of a showing pop-up counts: closed pop-ups keep their cells).
     */
    public static void chooseInCombo(FxRobot robot, String comboId, String text) throws TimeoutException {
        robot.clickOn(comboId);
        ListCell<?>[] cell = new ListCell<?>[1];
        UiRobot ui = ui(robot);
        UiRobot.waitFor(5, () -> {
            cell[0] = ui.lookup(".list-cell").match((ListCell<?> c) -> text.equals(c.getText()) && c.getScene() != null
                    && c.getScene().getWindow() instanceof PopupWindow && c.getScene().getWindow().isShowing())
                    .tryQuery().map(n -> (ListCell<?>) n).orElse(null);
            return cell[0] != null;
        });
        robot.clickOn(cell[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The initiatives in the main table, counted on the FX thread. */
    public static int countRows(FxRobot robot) {
        return UiRobot.onFx(() -> {
            TreeTableView<?> table = ui(robot).lookup("#initiativeTable").queryAs(TreeTableView.class);
            TreeItem<?> root = table.getRoot();
            return root == null ? 0 : root.getChildren().stream().mapToInt(g -> g.getChildren().size()).sum();
        });
    }

    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
        System.clearProperty("sikkerby.dataDir");
    }
}
