package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.OpenRequest;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's composition root: what a command needs, made once per run: the messages in the
 * user's language, the output stream, and the app's services on the open database ({@link Services}).
 * Commands take their services from here and make none. Closing it closes the database cleanly.
 */
public final class CliSession implements AutoCloseable {

    private final Messages messages;
    private final PrintWriter out;
    private final Services services;

    private CliSession(Messages messages, PrintWriter out, Services services) {
        this.messages = messages;
        this.out = out;
        this.services = services;
    }

    /** Opens the database, which must exist unless it is the data folder's own: only {@code init} creates one elsewhere. */
    static CliSession open(CommandSpec spec) throws DatabaseOpenException {
        return open(spec, false, false, false);
    }

    /**
     * For a command that only reads ({@code years}, {@code users}, {@code history}): as {@link #open(CommandSpec)},
     * but a file that still matches its seal is opened read-only and left byte for byte as it was (decision 1909).
     */
    static CliSession openToRead(CommandSpec spec) throws DatabaseOpenException {
        return open(spec, false, false, true);
    }

    /**
     * Opens the database; {@code mayCreate}: a missing file is created; {@code backupFirst}: a backup is
     * taken before the file is opened, whatever the day.
     */
    static CliSession open(CommandSpec spec, boolean mayCreate, boolean backupFirst) throws DatabaseOpenException {
        return open(spec, mayCreate, backupFirst, false);
    }

    private static CliSession open(CommandSpec spec, boolean mayCreate, boolean backupFirst, boolean onlyReads)
            throws DatabaseOpenException {
        StartOptions options = ((SikkerByCommand) spec.root().userObject()).options();
        Settings settings = options.settings();
        Optional<ServerAddress> server = options.server(settings);
        if (server.isPresent()) {
            Messages messages = Messages.forLocale(options.locale(settings));
            return withServices(messages, spec, openServer(spec, server.get(), messages, false));
        }
        CliTarget target = CliTarget.of(spec);
        int days = target.settings().backupDays();
        // a typed path may hold a typo, so only init creates it; the data folder's own database anyone may
        OpenRequest request = mayCreate || target.defaultFile() ? OpenRequest.createIfMissing(days)
                : OpenRequest.existing(days);
        request = backupFirst ? request.withBackupFirst() : request;
        Database database = Database.open(target.file(), onlyReads ? request.onlyToRead() : request);
        try {
            return new CliSession(target.messages(), spec.commandLine().getOut(), Services.on(database, target.messages()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static CliSession withServices(Messages messages, CommandSpec spec, Database database) {
        try {
            return new CliSession(messages, spec.commandLine().getOut(), Services.on(database, messages));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * {@code server-init}: migrates the server database named by {@code --db} as its owner
     * ({@code --user}) and opens it.
     */
    static CliSession initServer(CommandSpec spec) throws DatabaseOpenException {
        StartOptions options = ((SikkerByCommand) spec.root().userObject()).options();
        Settings settings = options.settings();
        Messages messages = Messages.forLocale(options.locale(settings));
        ServerAddress server = options.server(settings)
                .orElseThrow(() -> new UserFacingException("cli.server-init.needsServer"));
        return withServices(messages, spec, openServer(spec, server, messages, true));
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

    public Services services() {
        return services;
    }

    @Override
    public void close() {
        services.database().close();
        out.flush();
    }

}
