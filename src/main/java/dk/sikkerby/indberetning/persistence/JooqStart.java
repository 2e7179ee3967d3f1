package dk.sikkerby.indberetning.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Readies jOOQ on a second thread while the file is checked and H2 opens it (decision 1909). jOOQ's first
 * {@code DSLContext} initialises the data types of every dialect jOOQ knows ({@code SQLDataType}'s static
 * initialiser: fourteen dialects, hundreds of types, a regular expression each), a fifth of a cold
 * {@code years} on the main thread, none of it needing the database.
 *
 * <p>jOOQ's static initialisers must not run on two threads at once (they can deadlock each other, jOOQ
 * issues 19529 and 19550), so no other thread touches jOOQ until this one is done: {@link DatabaseTarget#dsl},
 * the first use of jOOQ in every opening, waits for it ({@link #awaitReady}). A failure here is forgotten;
 * the opening thread meets it again and reports it as before.
 */
final class JooqStart {

    private static final Logger LOG = Logger.getLogger(JooqStart.class.getName());
    private static Thread thread;

    private JooqStart() {
    }

    /** Starts the readying once per process, on a daemon thread. */
    static synchronized void begin() {
        if (thread != null) {
            return;
        }
        thread = new Thread(JooqStart::ready, "jOOQ start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the readying, if it was started, has ended; then jOOQ may be used on any thread. */
    static void awaitReady() {
        Thread started;
        synchronized (JooqStart.class) {
            started = thread;
        }
        if (started == null || started == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (started.isAlive()) {
            try {
                started.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void ready() {
        try {
            DSL.using(SQLDialect.H2);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "jOOQ could not be readied ahead; it is readied when the database is opened.", e);
        }
    }
}
