package dk.sikkerby.indberetning.ui;

import atlantafx.base.theme.PrimerLight;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.smoke.SmokeTest;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app and its composition root: takes the options and the database that {@link EarlyStart}
 * opened while the toolkit started, builds the main window, and closes the database cleanly at exit.
 */
public class SikkerByApp extends Application {

    /** Handed over from {@link #launch(String[])} to the instance JavaFX creates; null when started otherwise. */
    private static volatile EarlyStart handover;

    private final Background background = new Background();
    private Database database;

    /** Starts the app: the database opens on its own thread while JavaFX starts. */
    public static void launch(String[] args) {
        handover = EarlyStart.begin(args);
        Application.launch(SikkerByApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        EarlyStart early = handover != null ? handover : EarlyStart.begin(getParameters().getRaw().toArray(String[]::new));
        handover = null;
        Messages messages = early.messages();
        if (early.settingsError().isPresent()) {
            Dialogs.error(null, messages, ErrorText.of(messages, early.settingsError().get()));
            exitApp();
            return;
        }
        stage.setTitle(messages.get("app.title"));
        MainWindow window = new MainWindow(messages, stage, early.databaseFile().toString(), background);
        window.show();
        early.opened().whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                Dialogs.error(stage, messages, ErrorText.of(messages, cause));
                exitApp();
                return;
            }
            database = opened.database();
            AppContext context = AppContext.create(messages, early.settings(), database, background);
            window.attach(context, opened.years(), opened.newest());
            if (early.options().smokeTest()) {
                new SmokeTest(context, window).start();
            }
        }));
    }

    /** Ends the app after a start-up error has been shown. */
    protected void exitApp() {
        Platform.exit();
    }

    @Override
    public void stop() {
        background.close();
        if (database != null) {
            database.close();
        }
    }
}
