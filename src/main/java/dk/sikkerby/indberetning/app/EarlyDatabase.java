package dk.sikkerby.indberetning.app;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Opens (creates, migrates) the database on its own thread while JavaFX starts, so that the two
 * overlap instead of following each other: the launcher {@link #begin}s, the app {@link #take}s.
 * See docs/decisions/0403-start-up-order.md.
 */
public final class EarlyDatabase {

    private static CompletableFuture<Database> opening;
    private static DatabaseFile openingFile;

    private EarlyDatabase() {
    }

    public static synchronized void begin(DatabaseFile file) {
        openingFile = file;
        opening = new CompletableFuture<>();
        CompletableFuture<Database> result = opening;
        Thread thread = new Thread(() -> {
            try {
                result.complete(Database.open(file));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "sikkerby-database-open");
        thread.setDaemon(true);
        thread.start();
    }

    /** The database begun for {@code file}, waiting for it if need be; or opens it now if none was begun. */
    public static Database take(DatabaseFile file) throws Exception {
        CompletableFuture<Database> pending;
        synchronized (EarlyDatabase.class) {
            pending = file.equals(openingFile) ? opening : null;
            opening = null;
            openingFile = null;
        }
        if (pending == null) {
            return Database.open(file);
        }
        try {
            return pending.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
