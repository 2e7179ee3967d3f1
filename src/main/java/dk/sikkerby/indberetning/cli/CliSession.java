package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.OpenRequest;
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

    /** Opens the database, which must exist unless it is the data folder's own: only {@code init} creates one elsewhere. */
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
        // a typed path may hold a typo, so only init creates it; the data folder's own database anyone may
        OpenRequest request = mayCreate || target.defaultFile() ? OpenRequest.createIfMissing(days)
                : OpenRequest.existing(days);
        Database database = Database.open(target.file(), backupFirst ? request.withBackupFirst() : request);
        try {
            return new CliSession(target.messages(), spec.commandLine().getOut(), Services.on(database, target.messages()));
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
