package dk.sikkerby.indberetning.ui;

import atlantafx.base.theme.PrimerLight;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.ui.login.SignInView;
import dk.sikkerby.indberetning.ui.login.SignInViewModel;
import dk.sikkerby.indberetning.ui.smoke.SmokeTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app and its composition root: takes the options and the database that {@link EarlyStart}
 * opened while the toolkit started, builds the main window, asks who signs in, and closes the database
 * cleanly at exit.
 */
public class SikkerByApp extends Application {

    /** Handed over from {@link #launch(String[])} to the instance JavaFX creates; null when started otherwise. */
    private static volatile EarlyStart handover;

    private final Background background = new Background();
    private Database database;
    private SmokeTest smokeTest;

    /** Starts the app: the database opens on its own thread while JavaFX starts. */
    public static void launch(StartOptions options, String[] args) {
        handover = EarlyStart.begin(options);
        Application.launch(SikkerByApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        EarlyStart early = handover != null ? handover : EarlyStart.begin(desktopOptions());
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
        early.opened().whenComplete(onFx(stage, messages, opened -> {
            database = opened.database();
            signIn(stage, messages, opened, early.options().smokeTest(), window::finishWhileWaiting, actor ->
                    early.firstYear().whenComplete(onFx(stage, messages, first -> {
                        AppContext context = AppContext.create(messages, early.settings(), database, background, actor);
                        window.attach(context, first.years(), first.newest());
                        if (early.options().smokeTest()) {
                            smokeTest = new SmokeTest(context, window, this::exitApp);
                            smokeTest.start();
                        }
                    })));
        }));
    }

    /** Runs {@code then} on the FX thread with what the start-up work gave; on its failure, says why and exits. */
    private <T> BiConsumer<T, Throwable> onFx(Stage stage, Messages messages, Consumer<T> then) {
        return (value, error) -> Platform.runLater(() -> {
            if (error == null) {
                then.accept(value);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            Dialogs.error(stage, messages, ErrorText.of(messages, cause));
            exitApp();
        });
    }

    private StartOptions desktopOptions() {
        List<String> raw = getParameters().getRaw();
        return StartOptions.forDesktop(raw.toArray(String[]::new))
                .orElseThrow(() -> new IllegalArgumentException("Not options of the desktop app: " + raw));
    }

    /**
     * Asks who is signing in (or for the first administrator of an empty database) before the window
     * works; whether users exist was read with the database at start. The installation check on a
     * database without users runs without asking (decision 0502).
     */
    private void signIn(Stage stage, Messages messages, EarlyStart.Opened opened, boolean installationCheck,
                        Consumer<Scene> whileWaiting, Consumer<Actor> onSignedIn) {
        if (installationCheck && opened.firstAdministrator()) {
            onSignedIn.accept(UserService.INSTALLATION_CHECK);
            return;
        }
        SignInView signInView = new SignInView(new SignInViewModel(messages, opened.users(), background,
                opened.firstAdministrator()), messages, stage, onSignedIn, this::exitApp);
        signInView.show();
        whileWaiting.accept(signInView.scene());
    }

    /** Ends the app after a start-up error has been shown, or after the installation check passed. */
    protected void exitApp() {
        Platform.exit();
    }

    @Override
    public void stop() {
        if (smokeTest != null) {
            smokeTest.cancel();
        }
        background.close();
        if (database != null) {
            database.close();
        }
    }
}
