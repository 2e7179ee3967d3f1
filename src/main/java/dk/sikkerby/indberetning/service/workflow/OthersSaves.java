package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.persistence.SavedRowListener;
import dk.sikkerby.indberetning.persistence.ServerConnections;
import dk.sikkerby.indberetning.persistence.Store;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On a server: the rows other people save, as the server tells ({@code LISTEN}/{@code NOTIFY},
 * {@link SavedRowListener}), each with the saver's name and the row as it is now stored, so that every open
 * app can show it within a second. On a file (one desk) there is nothing to hear.
 */
public final class OthersSaves {

    /** A row someone saved: which, its new version, who (login and name), and the row as stored now. */
    public record Saved(int year, int initiativeId, int version, String login, String fullName,
                        Optional<Submission> stored) {
    }

    private static final Logger LOG = Logger.getLogger(OthersSaves.class.getName());

    private final Store store;
    private final Optional<ServerConnections> server;

    public OthersSaves(Store store, Optional<ServerConnections> server) {
        this.store = store;
        this.server = server;
    }

    /** Whether other desks can save beside this one (a server). */
    public boolean available() {
        return server.isPresent();
    }

    /**
     * Hears every save made by another session (another desk, even one signed in with the same login; only
     * this app's own connections are skipped, told apart by the server process that sent the notice), on a thread of its own (hand each to the FX
     * thread); {@code connected} is told when the server is lost and found again. Closing stops it.
     * On a file it hears nothing.
     */
    public AutoCloseable listen(Consumer<Saved> saved, Consumer<Boolean> connected) {
        if (server.isEmpty()) {
            return () -> { };
        }
        ServerConnections own = server.get();
        return SavedRowListener.start(server.get(), new SavedRowListener.Events() {
            @Override
            public void saved(SavedRowListener.SavedRow row) {
                if (own.isOwnBackend(row.backendPid())) {
                    return;
                }
                try {
                    String name = store.direct().users().findByLogin(row.login()).map(User::fullName).orElse(row.login());
                    saved.accept(new Saved(row.year(), row.initiativeId(), row.version(), row.login(), name,
                            store.direct().submissions().find(row.year(), row.initiativeId())));
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "A row someone else saved could not be read; it shows at the next reload.", e);
                }
            }

            @Override
            public void connected(boolean now) {
                connected.accept(now);
            }
        });
    }
}
