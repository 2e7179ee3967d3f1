package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.ui.common.AppContext;
import atlantafx.base.theme.PrimerLight;
import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.Pulses;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.ui.login.SignInView;
import dk.sikkerby.indberetning.ui.login.SignInViewModel;
import dk.sikkerby.indberetning.ui.smoke.SmokeTest;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.ui.server.ServerSignInView;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app and its composition root: shows the main window with the sign-in form as its first
 * content, then opens the database ({@link EarlyStart}) and builds the rest of the window behind the
 * form while the user types; after sign-in the window shows the newest year. Closes the database
 * cleanly at exit.
 */
public class SikkerByApp extends Application {

    /** Handed over from {@link #launch(String[])} to the instance JavaFX creates; null when started otherwise. */
    private static volatile EarlyStart handover;

    private final Background background = new Background();
    /** How long an exit waits for a database that is still opening; a migration of a large file takes seconds. */
    private static final Duration OPENING_AT_EXIT = Duration.ofMinutes(2);

    private EarlyStart started;
    private Services services;
    private MainWindow window;
    private SmokeTest smokeTest;
    /** Where the data is, as the window names it: the file, or the server's address. */
    private String location;
    /** Set once the user chose a server instead of the file the app started on (or it started on a server). */
    private boolean onServer;
    private final CompletableFuture<Void> fileLeft = new CompletableFuture<>();
    private LiveRows liveRows;

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
        started = early;
        Messages messages = early.messages();
        if (early.settingsError().isPresent()) {
            Dialogs.error(null, messages, ErrorText.of(messages, early.settingsError().get()));
            exitApp();
            return;
        }
        Optional<ServerAddress> server;
        try {
            server = early.server();
        } catch (RuntimeException e) {
            // a malformed server address: said once the start has returned, as the other start-up errors are
            Platform.runLater(() -> {
                Dialogs.error(null, messages, ErrorText.of(messages, e));
                exitApp();
            });
            return;
        }
        location = server.map(ServerAddress::toString).orElseGet(() -> early.databaseFile().toString());
        StackPane shell = showWindow(stage, messages, location);
        if (server.isPresent()) {
            onServer = true;
            fileLeft.complete(null);
            askToSignInOnServer(stage, shell, early, server.get());
        } else if (early.options().smokeTest()) {
            installationCheck(stage, shell, early);
        } else {
            askToSignIn(stage, shell, early);
        }
    }

    /** The main window, empty: the sign-in form is its first content, the rest is built behind it. */
    private StackPane showWindow(Stage stage, Messages messages, String databaseFile) {
        StackPane shell = new StackPane();
        shell.setId("mainWindow");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title.file", databaseFile));
        stage.centerOnScreen();
        stage.show();
        return shell;
    }

    /**
     * Shows the sign-in form at once, and only then opens the database and builds the rest of the window
     * behind the form, while the user types (decision 0006). Whether the database has users yet is
     * guessed from whether its file exists until the database says.
     */
    private void askToSignIn(Stage stage, StackPane shell, EarlyStart early) {
        Messages messages = early.messages();
        SignInViewModel model = new SignInViewModel(messages, early.opened().thenApply(EarlyStart.Opened::signIn),
                background, early.probablyFirstAdministrator());
        SignInView form = new SignInView(model, messages, actor -> signedIn(stage, shell, early, actor),
                () -> leaveFileForServer(stage, shell, early));
        shell.getChildren().add(form);
        Scene scene = shell.getScene();
        StartupProbe.ready(scene);
        Pulses.afterNextLayout(scene, () -> {
            early.openDatabase();
            Platform.runLater(() -> mainWindow(stage, shell, early));
        });
        early.opened().whenComplete((opened, error) -> Platform.runLater(() -> {
            if (!onServer) {
                onFx(stage, messages, (EarlyStart.Opened o) -> {
                    services = o.services();
                    model.setFirstAdministrator(o.firstAdministrator());
                }).accept(opened, error);
            }
        }));
    }

    /**
     * On a server: the server's sign-in form; signing in opens the database as the person's own login
     * ({@link ServerStart}), then the window shows the newest year as on a file.
     */
    private void askToSignInOnServer(Stage stage, StackPane shell, EarlyStart early, ServerAddress server) {
        ServerStart start = new ServerStart(stage, shell, early.messages(), early.settings(), background);
        start.show(server, session -> {
            services = session.services();
            location = session.services().database().location();
            shell.getChildren().removeIf(node -> node instanceof ServerSignInView);
            showSignedIn(stage, shell, early, session.actor(), session.first());
            liveRows = LiveRows.start(session.services(), window, early.messages());
        });
        Scene scene = shell.getScene();
        StartupProbe.ready(scene);
        Pulses.afterNextLayout(scene, () -> {
            early.openDatabase();
            Platform.runLater(() -> mainWindow(stage, shell, early));
        });
    }

    /**
     * "Connect to a server…" on the file's sign-in form: once a server is chosen, the file (open behind the
     * form, or still opening) is closed on its own thread, and the server's sign-in form takes its place.
     */
    private void leaveFileForServer(Stage stage, StackPane shell, EarlyStart early) {
        ServerStart start = new ServerStart(stage, shell, early.messages(), early.settings(), background);
        start.choose().ifPresent(choice -> {
            onServer = true;
            services = null;
            early.opened().whenCompleteAsync((opened, error) -> {
                if (opened != null) {
                    opened.database().close();
                }
                fileLeft.complete(null);
            }, work -> new Thread(work, "sikkerby-leave-file").start());
            shell.getChildren().removeIf(node -> node instanceof SignInView);
            if (window != null) {
                shell.getChildren().remove(window.view());
                window = null;
            }
            location = choice.address().toString();
            stage.setTitle(early.messages().get("app.title.file", location));
            askToSignInOnServer(stage, shell, early, choice.address());
        });
    }

    /**
     * {@code --smoke-test}: on a database without users it runs without asking (decision 0502), on one
     * with users it asks who signs in.
     */
    private void installationCheck(Stage stage, StackPane shell, EarlyStart early) {
        early.openDatabase();
        early.opened().whenComplete(onFx(stage, early.messages(), opened -> {
            services = opened.services();
            if (opened.firstAdministrator()) {
                mainWindow(stage, shell, early);
                signedIn(stage, shell, early, SignInService.INSTALLATION_CHECK);
            } else {
                askToSignIn(stage, shell, early);
            }
        }));
    }

    private MainWindow mainWindow(Stage stage, StackPane shell, EarlyStart early) {
        if (window == null) {
            window = new MainWindow(early.messages(), stage, location, background);
            window.install(shell);
        }
        return window;
    }

    /** Someone has signed in: once the newest year is read, the window shows it and works. */
    private void signedIn(Stage stage, StackPane shell, EarlyStart early, Actor actor) {
        early.firstYear().whenComplete(onFx(stage, early.messages(),
                first -> showSignedIn(stage, shell, early, actor, first)));
    }

    /** The window shows the newest year and works, for {@code actor}. */
    private void showSignedIn(Stage stage, StackPane shell, EarlyStart early, Actor actor, EarlyStart.FirstYear first) {
        Messages messages = early.messages();
        MainWindow main = mainWindow(stage, shell, early);
        shell.getChildren().removeIf(node -> node instanceof SignInView);
        AppContext context = new AppContext(messages, early.settings(), services, background, actor);
        main.attach(context, first.years(), first.newest());
        if (early.options().smokeTest()) {
            smokeTest = new SmokeTest(context, main.model(), this::exitApp, (passed, then) -> {
                main.grid().show(true);
                main.notices().information(messages.get("smoke.notice.title"), passed);
                Pulses.afterNextLayout(stage.getScene(), then);
            });
            smokeTest.start();
        }
    }

    /** Runs {@code then} on the FX thread with what the start-up work gave; on its failure, says why and exits. */
    private <T> BiConsumer<T, Throwable> onFx(Stage stage, Messages messages, Consumer<T> then) {
        return (value, error) -> Platform.runLater(() -> {
            if (error == null) {
                then.accept(value);
                return;
            }
            if (!StartRecovery.offer(stage, messages, error, this::exitApp)) {
                Dialogs.error(stage, messages, ErrorText.of(messages, error));
                exitApp();
            }
        });
    }

    private StartOptions desktopOptions() {
        List<String> raw = getParameters().getRaw();
        return StartOptions.forDesktop(raw.toArray(String[]::new))
                .orElseThrow(() -> new IllegalArgumentException("Not options of the desktop app: " + raw));
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
        if (liveRows != null) {
            liveRows.close();
        }
        background.close();
        if (onServer) {
            // a file left for a server is closed on its own thread: wait for it (a compaction takes a moment)
            fileLeft.completeOnTimeout(null, OPENING_AT_EXIT.toMillis(), TimeUnit.MILLISECONDS).join();
        }
        // a window closed while the database still opens (or migrates) waits for it, then closes it cleanly
        Database open = services != null ? services.database()
                : started != null && !onServer ? started.awaitOpened(OPENING_AT_EXIT).orElse(null) : null;
        if (open != null) {
            open.close();
        }
    }
}
