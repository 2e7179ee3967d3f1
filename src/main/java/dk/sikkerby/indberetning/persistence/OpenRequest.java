package dk.sikkerby.indberetning.persistence;

/**
 * How a caller opens the database: whether a missing file may be created (only {@code init} and the
 * desktop app's first start may; every other command refuses a mistyped path), whether a backup is
 * taken first whatever the day (before {@code import --replace}), how many days backups are kept, and
 * whether the caller only reads ({@code years}, {@code users}, {@code history}): then a file that still
 * matches its seal is opened read-only and left as it was (decision 1909).
 */
public record OpenRequest(boolean mayCreate, boolean backupFirst, int keepBackupDays, boolean onlyReads) {

    public OpenRequest(boolean mayCreate, boolean backupFirst, int keepBackupDays) {
        this(mayCreate, backupFirst, keepBackupDays, false);
    }

    /** Creates the file if it is missing: {@code init} and the desktop app. */
    public static OpenRequest createIfMissing(int keepBackupDays) {
        return new OpenRequest(true, false, keepBackupDays);
    }

    /** The file must exist: every other command. */
    public static OpenRequest existing(int keepBackupDays) {
        return new OpenRequest(false, false, keepBackupDays);
    }

    /** The same request, with a backup taken before the file is opened. */
    public OpenRequest withBackupFirst() {
        return new OpenRequest(mayCreate, true, keepBackupDays, onlyReads);
    }

    /** The same request from a caller that writes nothing to the database. */
    public OpenRequest onlyToRead() {
        return new OpenRequest(mayCreate, backupFirst, keepBackupDays, true);
    }
}
