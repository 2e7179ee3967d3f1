package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.server.ConnectDialog;
import dk.sikkerby.indberetning.ui.server.ConnectViewModel;
import dk.sikkerby.indberetning.ui.server.ServerSignInView;
import dk.sikkerby.indberetning.ui.server.ServerSignInViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop app on a server (docs/server.md): the server sign-in form over the window, the connect
 * dialog, and signing in: the person's own server login opens the database ({@link Database#open(ServerAddress,
 * String, char[])}), the same {@link Services} as on a file are made on it, the login is looked up among the
 * users, and the newest year is read, all on a thread of its own.
 */
final class ServerStart {

    /** A signed-in session on the server: the app's services, who signed in, and what the window shows first. */
    record Session(Services services, Actor actor, EarlyStart.FirstYear first) implements AutoCloseable {
        @Override
        public void close() {
            services.database().close();
        }
    }

    private static final Logger LOG = Logger.getLogger(ServerStart.class.getName());
    private static final Executor OWN_THREAD = work -> {
        Thread t = new Thread(work, "sikkerby-connect");
        t.setDaemon(true);
        t.start();
    };

    private final Stage stage;
    private final StackPane shell;
    private final Messages messages;
    private final Settings settings;
    private final Background background;
    private ServerSignInViewModel<Session> model;

    ServerStart(Stage stage, StackPane shell, Messages messages, Settings settings, Background background) {
        this.stage = stage;
        this.shell = shell;
        this.messages = messages;
        this.settings = settings;
        this.background = background;
    }

    /** Shows the server's sign-in form over the window; {@code onSignedIn} gets the session on the FX thread. */
    void show(ServerAddress server, Consumer<Session> onSignedIn) {
        model = new ServerSignInViewModel<>(messages, server, settings.serverLogin().orElse(""),
                (address, login, password) -> connect(address, login, password, messages), OWN_THREAD,
                Platform::runLater);
        shell.getChildren().add(new ServerSignInView<>(model, messages, onSignedIn,
                () -> choose().ifPresent(choice -> model.setServer(choice.address(), choice.login()))));
    }

    /**
     * The connect dialog, from what was remembered; a chosen server and login are remembered in the settings
     * file (saved in the background) for the next start.
     */
    Optional<ConnectViewModel.ServerChoice> choose() {
        Optional<ServerAddress> remembered = settings.databaseText().flatMap(ServerAddress::parse);
        Optional<ConnectViewModel.ServerChoice> choice = ConnectDialog.ask(stage, messages,
                new ConnectViewModel(messages, remembered, settings.serverLogin()));
        choice.ifPresent(c -> {
            settings.setServer(c.address(), c.login());
            background.run(() -> {
                settings.save();
                return c;
            }, saved -> LOG.info("The server " + saved.address() + " is remembered for the next start."),
                    error -> {
                        if (model != null) {
                            model.errorProperty().set(ErrorText.of(messages, error));
                        }
                    });
        });
        return choice;
    }

    /** Signs in on the server: blocking, off the FX thread. */
    static Session connect(ServerAddress address, String login, char[] password, Messages messages)
            throws Exception {
        Database database = Database.open(address, login, password);
        try {
            Services services = Services.on(database, messages);
            Actor actor = services.serverUsers().signIn();
            List<YearSummary> years = services.submissions().years();
            Optional<YearTable> newest = years.isEmpty() ? Optional.empty()
                    : Optional.of(services.submissions().loadYear(years.get(0).year().year()));
            LOG.info("Signed in to " + address + " as " + login + ".");
            return new Session(services, actor, new EarlyStart.FirstYear(years, newest));
        } catch (Exception | Error e) {
            try {
                database.close();
            } catch (RuntimeException closing) {
                LOG.log(Level.INFO, "The refused server session could not be closed cleanly.", closing);
            }
            throw e;
        }
    }
}
