package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Backup;
import dk.sikkerby.indberetning.persistence.DatabaseCare;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * At start-up, a damaged database with a whole backup: the app says so and offers to restore the
 * newest whole backup, as {@code restore} on the command line does (the damaged file is kept in the
 * backup folder). After a restore the app asks to be started again, which opens the restored file
 * with every usual check.
 */
final class StartRecovery {

    private static final Logger LOG = Logger.getLogger(StartRecovery.class.getName());

    private StartRecovery() {
    }

    /** Offers the restore if {@code error} allows one; false if it does not (the caller shows the error). */
    static boolean offer(Window owner, Messages messages, Throwable error, Runnable exit) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof DatabaseOpenException damaged) || damaged.newestGoodBackup().isEmpty()) {
            return false;
        }
        Backup backup = damaged.newestGoodBackup().get();
        boolean restore = Dialogs.confirm(owner, messages, "restoreDialog", messages.get("start.restore.title"),
                messages.get("start.restore.question", damaged.file(), backup.file().toString(), backup.takenText()),
                messages.get("start.restore.confirm"));
        if (!restore) {
            exit.run();
            return true;
        }
        DatabaseCare care = new DatabaseCare(DatabaseFile.of(Path.of(damaged.file())), Clock.systemDefaultZone());
        CompletableFuture.runAsync(() -> {
            try {
                care.restore(backup.file());
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).whenComplete((done, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                Dialogs.error(owner, messages, messages.get("start.restore.done", backup.file().toString()));
            } else {
                LOG.log(Level.WARNING, "The restore at start-up failed.", failure);
                Dialogs.error(owner, messages, ErrorText.of(messages, failure));
            }
            exit.run();
        }));
        return true;
    }
}
