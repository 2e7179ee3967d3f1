package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import java.io.PrintWriter;

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
        Database database = Database.open(options.databaseFile(settings));
        return new CliSession(messages, spec.commandLine().getOut(), database);
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
