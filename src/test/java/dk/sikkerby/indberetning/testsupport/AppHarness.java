package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.ui.SikkerByApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the whole app as a user starts it ({@code --db FILE}, Danish), headless, and stops it as
 * closing the window does (the database is closed cleanly).
 */
public final class AppHarness {

    private final Path dataDir;
    private Application app;

    public AppHarness(Path dataDir) {
        this.dataDir = dataDir;
    }

    public void start(FxRobot robot, String... args) throws TimeoutException {
        System.setProperty("sikkerby.dataDir", dataDir.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SikkerByApp.class, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#initiativeTable").tryQuery().isPresent());
    }

    /** Waits until the main table shows at least {@code rows} initiatives. */
    public static void awaitRows(FxRobot robot, int rows) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> countRows(robot) >= rows);
    }

    public static int countRows(FxRobot robot) {
        TreeTableView<?> table = robot.lookup("#initiativeTable").queryAs(TreeTableView.class);
        TreeItem<?> root = table.getRoot();
        return root == null ? 0 : root.getChildren().stream().mapToInt(g -> g.getChildren().size()).sum();
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
