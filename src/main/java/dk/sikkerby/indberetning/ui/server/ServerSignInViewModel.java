package dk.sikkerby.indberetning.ui.server;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in to a server with one's own server login: connecting, checking the database and finding the
 * person among its users happen off the FX thread (a server that does not answer takes seconds), with a
 * status line and a cancel. A cancelled attempt that connects after all is closed at once. A refusal
 * (unreachable, wrong password, no rights, a database of a newer version) is said in one sentence and the
 * user tries again; the password is never kept.
 *
 * @param <S> what a successful sign-in gives (the app's services on the server and the signed-in person)
 */
public final class ServerSignInViewModel<S extends AutoCloseable> {

    /** Connects and signs in; blocking, called off the FX thread. */
    @FunctionalInterface
    public interface Connector<S> {
        S connect(ServerAddress address, String login, char[] password) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(ServerSignInViewModel.class.getName());

    private final Messages messages;
    private final Connector<S> connector;
    private final Executor work;
    private final Executor fx;
    private final ObjectProperty<ServerAddress> address = new SimpleObjectProperty<>();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty connecting = new SimpleBooleanProperty(false);
    private final BooleanBinding canSubmit;
    /** The attempt whose answer is awaited; 0 when none is (none started, or cancelled). */
    private long current;
    private long attempts;

    /**
     * @param work runs the connecting (a thread of its own, so that a cancelled attempt does not hold up the next)
     * @param fx hands the answer back to the FX thread
     */
    public ServerSignInViewModel(Messages messages, ServerAddress server, String rememberedLogin, Connector<S> connector,
                                 Executor work, Executor fx) {
        this.messages = messages;
        this.connector = connector;
        this.work = work;
        this.fx = fx;
        address.set(server);
        login.set(rememberedLogin == null ? "" : rememberedLogin);
        canSubmit = address.isNotNull().and(login.isNotEmpty()).and(password.isNotEmpty()).and(connecting.not());
    }

    /** Connects in the background; {@code onSignedIn} gets what signing in gave, on the FX thread. */
    public void submit(Consumer<S> onSignedIn) {
        if (!canSubmit.get()) {
            return;
        }
        long attempt = ++attempts;
        current = attempt;
        ServerAddress server = address.get();
        String who = login.get().strip();
        char[] secret = password.get().toCharArray();
        connecting.set(true);
        error.set("");
        status.set(messages.get("serverSignIn.connecting", server.toString()));
        work.execute(() -> {
            S session = null;
            Throwable failure = null;
            try {
                session = connector.connect(server, who, secret);
            } catch (Exception | Error e) {
                failure = e;
            } finally {
                Arrays.fill(secret, '\0');
            }
            S connected = session;
            Throwable refused = failure;
            fx.execute(() -> answered(attempt, connected, refused, onSignedIn));
        });
    }

    private void answered(long attempt, S session, Throwable failure, Consumer<S> onSignedIn) {
        if (attempt != current) {
            closeQuietly(session);
            return;
        }
        current = 0;
        connecting.set(false);
        status.set("");
        password.set("");
        if (failure != null) {
            error.set(ErrorText.of(messages, failure));
        } else {
            onSignedIn.accept(session);
        }
    }

    /** Stops waiting for the server; the form can be changed and sent again at once. */
    public void cancel() {
        if (!connecting.get()) {
            return;
        }
        current = 0;
        connecting.set(false);
        status.set("");
        error.set(messages.get("serverSignIn.cancelled"));
    }

    private static void closeQuietly(AutoCloseable session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (Exception e) {
            LOG.log(Level.INFO, "A cancelled sign-in could not be closed cleanly.", e);
        }
    }

    /** Another server was chosen (the connect dialog): signing in goes there. */
    public void setServer(ServerAddress server, String newLogin) {
        cancel();
        address.set(server);
        login.set(newLogin);
        error.set("");
    }

    public ObjectProperty<ServerAddress> addressProperty() {
        return address;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty connectingProperty() {
        return connecting;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
