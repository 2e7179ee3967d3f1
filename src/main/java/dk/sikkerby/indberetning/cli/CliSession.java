package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import java.io.PrintWriter;

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

    static CliSession open(CommandSpec spec) throws DatabaseOpenException {
        SikkerByCommand root = (SikkerByCommand) spec.root().userObject();
        StartOptions options = root.options();
        Settings settings = options.settings();
        Messages messages = Messages.forLocale(options.locale(settings));
        Database database = Database.open(options.databaseFile(settings));
        try {
            return new CliSession(messages, spec.commandLine().getOut(), Services.on(database, messages));
        } catch (RuntimeException e) {
            database.close();
            throw e;
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
