package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.server.ServerAddress;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command needs: the messages in the user's language, the output streams and the open
 * database. Closing it closes the database cleanly.
 */
public final class CliSession implements AutoCloseable {

    private final Messages messages;
    private final PrintWriter out;
    private final Database database;

    private CliSession(Messages messages, PrintWriter out, Database database) {
        this.messages = messages;
        this.out = out;
        this.database = database;
    }

    static CliSession open(CommandSpec spec) throws DatabaseOpenException {
        SikkerByCommand root = (SikkerByCommand) spec.root().userObject();
        StartOptions options = root.options();
        Settings settings = options.settings();
        Messages messages = Messages.forLocale(options.locale(settings));
        Optional<ServerAddress> server = options.server(settings);
        Database database = server.isPresent()
                ? openServer(spec, server.get(), messages, false)
                : Database.open(options.databaseFile(settings));
        return new CliSession(messages, spec.commandLine().getOut(), database);
    }

    /**
     * {@code server-init}: migrates the server database named by {@code --db} as its owner
     * ({@code --user}) and opens it.
     */
    static CliSession initServer(CommandSpec spec) throws DatabaseOpenException {
        SikkerByCommand root = (SikkerByCommand) spec.root().userObject();
        StartOptions options = root.options();
        Settings settings = options.settings();
        Messages messages = Messages.forLocale(options.locale(settings));
        ServerAddress server = options.server(settings)
                .orElseThrow(() -> new UserFacingException("cli.server-init.needsServer"));
        return new CliSession(messages, spec.commandLine().getOut(), openServer(spec, server, messages, true));
    }

    /** On a server each person signs in with their own login: the command's {@code --user} and its password. */
    private static Database openServer(CommandSpec spec, ServerAddress server, Messages messages, boolean init)
            throws DatabaseOpenException {
        UserOption user = spec.mixins().values().stream().map(CommandSpec::userObject)
                .filter(UserOption.class::isInstance).map(UserOption.class::cast).findFirst()
                .orElseThrow(() -> new UserFacingException("server.error.userRequired"));
        if (user.login == null) {
            throw new UserFacingException("server.error.userRequired");
        }
        char[] password = user.password(messages);
        try {
            return init ? Database.initServer(server, user.login, password) : Database.open(server, user.login, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public Messages messages() {
        return messages;
    }

    public PrintWriter out() {
        return out;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        out.flush();
    }

}
