package dk.sikkerby.indberetning.ui;

import atlantafx.base.theme.PrimerLight;
import dk.sikkerby.indberetning.app.EarlyDatabase;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.cli.SikkerByCommand;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.smoke.InterimCsvExport;
import dk.sikkerby.indberetning.service.smoke.SmokeExport;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.smoke.SmokeTest;
import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import picocli.CommandLine;

/**
 * The desktop app and its composition root: reads the options and settings, opens (creates,
 * migrates) the database in the background (begun by the launcher, see {@link EarlyDatabase}), then
 * builds the main window; a loading window shows meanwhile if opening is slow. Closes the database
 * cleanly at exit.
 */
public class SikkerByApp extends Application {

    /**
     * The loading window shows only if the database takes longer than this to open (a migration, a
     * network drive); a normal start goes straight to the main window (docs/decisions/0403).
     */
    static final Duration LOADING_SCENE_DELAY = Duration.millis(400);

    private final Background background = new Background();
    private Database database;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartOptions options = startOptions(getParameters().getRaw());
        Settings settings;
        Messages messages;
        try {
            settings = options.settings();
            messages = Messages.forLocale(options.locale(settings));
        } catch (UserFacingException e) {
            Messages danish = Messages.forLocale(Messages.DANISH);
            Dialogs.error(null, danish, danish.get(e.key(), e.args()));
            Platform.exit();
            return;
        }
        DatabaseFile file = options.databaseFile(settings);
        stage.setTitle(messages.get("app.title"));
        PauseTransition slowOpening = new PauseTransition(LOADING_SCENE_DELAY);
        slowOpening.setOnFinished(e -> {
            stage.setScene(loadingScene(messages, file));
            stage.show();
        });
        slowOpening.play();
        background.run(() -> EarlyDatabase.take(file), db -> {
            slowOpening.stop();
            database = db;
            AppContext context = AppContext.create(messages, settings, db, background);
            MainWindow window = new MainWindow(context, stage, options);
            window.show();
            stage.show();
            StartupProbe.reportWhenShown(stage.getScene());
            if (options.smokeTest()) {
                new SmokeTest(context, window, smokeExport(context)).start();
            }
        }, error -> {
            slowOpening.stop();
            Dialogs.error(stage.isShowing() ? stage : null, messages, ErrorText.of(messages, error));
            Platform.exit();
        });
    }

    /** The options of the command line; without arguments (a start from the menu) picocli is not loaded. */
    private static StartOptions startOptions(List<String> args) {
        if (args.isEmpty()) {
            return new StartOptions();
        }
        SikkerByCommand command = new SikkerByCommand();
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        return command.options();
    }

    /**
     * The export the smoke test runs: a stand-in CSV until the real exporter (issue 5) lands, which
     * then takes its place here.
     */
    private static SmokeExport smokeExport(AppContext context) {
        return new InterimCsvExport(context.submissions());
    }

    private static Scene loadingScene(Messages messages, DatabaseFile file) {
        Label label = new Label(messages.get("app.loading", file.toString()));
        label.setId("loadingLabel");
        VBox box = new VBox(16, new ProgressIndicator(), label);
        box.setAlignment(Pos.CENTER);
        Scene scene = new Scene(box, 640, 240);
        scene.getStylesheets().add(Objects.requireNonNull(
                SikkerByApp.class.getResource("/dk/sikkerby/indberetning/ui/app.css")).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        background.close();
        if (database != null) {
            database.close();
        }
    }
}
