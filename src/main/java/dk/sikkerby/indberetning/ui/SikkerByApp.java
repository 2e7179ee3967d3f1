package dk.sikkerby.indberetning.ui;

import atlantafx.base.theme.PrimerLight;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.cli.SikkerByCommand;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import picocli.CommandLine;

/**
 * The desktop app and its composition root: reads the options and settings, opens (creates,
 * migrates) the database in the background, then builds the main window. Closes the database
 * cleanly at exit.
 */
public class SikkerByApp extends Application {

    private final Background background = new Background();
    private Database database;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SikkerByCommand command = new SikkerByCommand();
        new CommandLine(command).parseArgs(getParameters().getRaw().toArray(String[]::new));
        StartOptions options = command.options();
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
        stage.setScene(loadingScene(messages, file));
        stage.show();
        background.run(() -> Database.open(file), db -> {
            database = db;
            AppContext context = AppContext.create(messages, settings, db, background);
            new MainWindow(context, stage, options).show();
        }, error -> {
            Dialogs.error(stage, messages, ErrorText.of(messages, error));
            Platform.exit();
        });
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
