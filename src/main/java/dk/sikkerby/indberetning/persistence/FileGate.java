package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens before H2 may write to the file: a missing file is created (if the caller may) or
 * refused; an existing one is looked at ({@link FileAccess}), checked whole unless it still matches its
 * seal ({@link FileInspection}, {@link CloseSeal}), and backed up at the day's first opening or when
 * the caller asks. A damaged file is refused naming the newest whole backup. Nothing here writes to
 * the file itself, nor removes its seal: that waits until H2 holds the file ({@link Database}), so that a
 * writer refused because another process reads the file leaves the seal as it was.
 */
final class FileGate {

    private static final Logger LOG = Logger.getLogger(FileGate.class.getName());

    private FileGate() {
    }

    static void pass(DatabaseFile file, OpenRequest request, List<String> locations, Clock clock)
            throws DatabaseOpenException {
        boolean created = false;
        if (!Files.exists(file.mvFile())) {
            if (!request.mayCreate()) {
                throw new DatabaseOpenException(Reason.MISSING, file.toString(), null);
            }
            NewDatabaseFile.create(file, locations);
            created = true;
        }
        NewDatabaseFile.removeLeftovers(file);
        Optional<FileAccess> access = FileAccess.check(file.mvFile(), true);
        if (access.isEmpty()) {
            return; // this process has the file open already and checked it then
        }
        try (FileAccess held = access.get()) {
            checkWhole(file, clock);
            if (!created) {
                backUpIfDue(file, request, clock);
            }
        }
    }

    /**
     * For a caller that only reads (decision 1909): the same looks at the file as {@link #pass}, refusing
     * what it refuses with the same reasons, and the same backups; but the file is let through only if it
     * still matches its seal, and the seal stays. The seal's text, or empty when the file must be opened
     * the usual way instead: missing (created or refused there), open in this process already, changed
     * since its seal or without one (checked whole there, after a crash perhaps recovered by H2).
     */
    static Optional<String> passToRead(DatabaseFile file, OpenRequest request, Clock clock)
            throws DatabaseOpenException {
        if (!Files.exists(file.mvFile())) {
            return Optional.empty();
        }
        NewDatabaseFile.removeLeftovers(file);
        Optional<FileAccess> access = FileAccess.check(file.mvFile(), true);
        if (access.isEmpty()) {
            return Optional.empty();
        }
        try (FileAccess held = access.get()) {
            Optional<String> seal = startsAsH2(file) ? CloseSeal.matching(file) : Optional.empty();
            if (seal.isPresent()) {
                backUpIfDue(file, request, clock);
            }
            return seal;
        }
    }

    /** The day's first backup, or the one the caller asks for, of a file that has just passed the check. */
    private static void backUpIfDue(DatabaseFile file, OpenRequest request, Clock clock) throws DatabaseOpenException {
        Backups backups = new Backups(file, clock);
        if (request.backupFirst() || !backups.takenToday()) {
            backUp(file, backups, request.backupFirst() ? "before-replace" : "daily");
            backups.prune(request.keepBackupDays());
        }
    }

    /** Refuses a file that is damaged or not the app's, naming the newest whole backup if there is one. */
    static void checkWhole(DatabaseFile file, Clock clock) throws DatabaseOpenException {
        boolean h2 = startsAsH2(file);
        if (h2 && CloseSeal.matches(file)) {
            return;
        }
        inspect(file, h2, clock);
    }

    /**
     * The deep check. A file that does not even start as an H2 file and has no whole backup is "not a
     * Sikker By database" (a text file given by mistake); with a backup, it is a damaged one.
     */
    static FileInspection.Found inspect(DatabaseFile file, boolean h2, Clock clock) throws DatabaseOpenException {
        try {
            return FileInspection.inspect(file.mvFile());
        } catch (DatabaseOpenException e) {
            if (e.reason() == Reason.CORRUPT) {
                Optional<Backup> good = new Backups(file, clock).newestGood();
                if (good.isPresent()) {
                    throw e.withBackup(good.get());
                }
                if (!h2) {
                    throw new DatabaseOpenException(Reason.NOT_H2, file.toString(), null);
                }
            }
            throw e;
        }
    }

    static boolean startsAsH2(DatabaseFile file) throws DatabaseOpenException {
        try {
            return FileAccess.startsWithH2Header(file.mvFile());
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.UNREADABLE, file.toString(), e);
        }
    }

    private static void backUp(DatabaseFile file, Backups backups, String why) throws DatabaseOpenException {
        try {
            backups.take(file.mvFile(), why);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The backup of " + file + " could not be written; the file is not opened.", e);
            throw new DatabaseOpenException(DatabaseOpenException.writeFailure(file, e), file.toString(), e);
        }
    }
}
