package dk.sikkerby.indberetning.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears, on its own connection, every submission someone saves on the server (the trigger of
 * V11__server_rights.sql sends {@code NOTIFY sikkerby_submission, 'YEAR INITIATIVE VERSION LOGIN'}, and the
 * server adds the sending connection's pid), and
 * hands each to a consumer on its own daemon thread, within a fraction of a second. A lost connection is
 * reported ({@code connected(false)}) and reopened every few seconds until it answers again.
 */
public final class SavedRowListener implements AutoCloseable {

    /**
     * One saved submission: which row, its new version, whose login saved it, and the server process of the
     * connection that saved it (which tells two desks signed in with the same login apart).
     */
    public record SavedRow(int year, int initiativeId, int version, String login, int backendPid) {

        static Optional<SavedRow> parse(String payload, int backendPid) {
            String[] parts = payload == null ? new String[0] : payload.split(" ", 4);
            try {
                return parts.length == 4 ? Optional.of(new SavedRow(Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3], backendPid)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** What the listener tells: saved rows, and whether it is connected. */
    public interface Events {
        void saved(SavedRow row);

        void connected(boolean connected);
    }

    public static final String CHANNEL = "sikkerby_submission";
    private static final Logger LOG = Logger.getLogger(SavedRowListener.class.getName());
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 3000;

    private final ServerConnections connections;
    private final Events events;
    private final Thread thread;
    private volatile boolean running = true;

    private SavedRowListener(ServerConnections connections, Events events) {
        this.connections = connections;
        this.events = events;
        this.thread = new Thread(this::run, "sikkerby-saved-rows");
        this.thread.setDaemon(true);
    }

    /** Starts listening; the consumer runs on the listener's thread (hand it on to the FX thread). */
    public static SavedRowListener start(ServerConnections connections, Events events) {
        SavedRowListener listener = new SavedRowListener(connections, events);
        listener.thread.start();
        return listener;
    }

    /** As {@link #start(ServerConnections, Events)}, for a consumer of saved rows only. */
    public static SavedRowListener start(ServerConnections connections, Consumer<SavedRow> saved) {
        return start(connections, new Events() {
            @Override
            public void saved(SavedRow row) {
                saved.accept(row);
            }

            @Override
            public void connected(boolean connected) {
                // not asked for
            }
        });
    }

    private void run() {
        boolean reported = true;
        while (running) {
            try (Connection c = connections.openDirect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                events.connected(true);
                reported = true;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification n : arrived) {
                            SavedRow.parse(n.getParameter(), n.getPID()).ifPresent(events::saved);
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                if (reported) {
                    LOG.log(Level.INFO, "The connection that hears other people's saves was lost; retrying.", e);
                    events.connected(false);
                    reported = false;
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
