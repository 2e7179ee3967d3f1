package dk.sikkerby.indberetning.ui.server;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Connect to a server…": the server's name (or address), its port, the database and the person's own
 * server login, checked as they are typed; the first problem is said in one sentence. It starts from what
 * was remembered last (the settings), and gives the server and the login to sign in with. No password is
 * asked here: the sign-in form asks for it, and nothing keeps it.
 */
public final class ConnectViewModel {

    /** What the dialog gives: where to connect, and as whom. */
    public record ServerChoice(ServerAddress address, String login) {
    }

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\]");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]{0,62}");
    private static final Pattern LOGIN = Pattern.compile("\\S{1,63}");

    private final Messages messages;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding valid;

    public ConnectViewModel(Messages messages, Optional<ServerAddress> remembered, Optional<String> rememberedLogin) {
        this.messages = messages;
        remembered.ifPresent(a -> {
            host.set(a.host());
            port.set(String.valueOf(a.port()));
            database.set(a.database());
        });
        rememberedLogin.ifPresent(login::set);
        problem = Bindings.createStringBinding(this::firstProblem, host, port, database, login);
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    private String firstProblem() {
        if (!HOST.matcher(host.get().strip()).matches()) {
            return messages.get("connect.error.host");
        }
        if (portNumber().isEmpty()) {
            return messages.get("connect.error.port");
        }
        if (!DATABASE.matcher(database.get().strip()).matches()) {
            return messages.get("connect.error.database");
        }
        if (!LOGIN.matcher(login.get().strip()).matches()) {
            return messages.get("connect.error.login");
        }
        return "";
    }

    private Optional<Integer> portNumber() {
        String text = port.get().strip();
        if (!text.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= 65535 ? Optional.of(number) : Optional.empty();
    }

    /** The server and login typed, if they are whole. */
    public Optional<ServerChoice> choice() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new ServerChoice(new ServerAddress(host.get().strip(), portNumber().orElseThrow(),
                database.get().strip()), login.get().strip()));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty loginProperty() {
        return login;
    }

    /** The first thing to put right, in one sentence; empty when the server and login are whole. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
