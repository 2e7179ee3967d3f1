package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.OpenRequest;
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

    /** Opens the database, which must exist: only {@code init} creates one. */
    static CliSession open(CommandSpec spec) throws DatabaseOpenException {
        return open(spec, false, false);
    }

    /**
     * Opens the database; {@code mayCreate}: a missing file is created; {@code backupFirst}: a backup is
     * taken before the file is opened, whatever the day.
     */
    static CliSession open(CommandSpec spec, boolean mayCreate, boolean backupFirst) throws DatabaseOpenException {
        CliTarget target = CliTarget.of(spec);
        int days = target.settings().backupDays();
        OpenRequest request = mayCreate ? OpenRequest.createIfMissing(days) : OpenRequest.existing(days);
        Database database = Database.open(target.file(), backupFirst ? request.withBackupFirst() : request);
        return new CliSession(target.messages(), spec.commandLine().getOut(), database);
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
