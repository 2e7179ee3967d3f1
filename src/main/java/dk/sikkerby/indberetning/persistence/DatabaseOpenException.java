package dk.sikkerby.indberetning.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a database file could not be opened, as a reason the user interface turns into a message that
 * says what to do. The file is left byte for byte as it was in every case. For a damaged file the
 * newest backup that passed the same check is named, so that the message can say how to restore it.
 */
public class DatabaseOpenException extends Exception {

    public enum Reason {
        IN_USE, NEWER_VERSION, NOT_H2, FOREIGN, CORRUPT, CANNOT_CREATE, MIGRATION_FAILED, MISSING, READ_ONLY_FILE,
        READ_ONLY_FOLDER, UNREADABLE,
        /** The drive has no room for the backup or the migrated copy that must be written first. */
        NO_SPACE,
        /** A server: no answer (host, port, network), the login refused, no such database, not set up, set up by an older version. */
        SERVER_UNREACHABLE, SERVER_LOGIN_REFUSED, SERVER_NO_DATABASE, SERVER_NOT_SET_UP, SERVER_OUTDATED,
        /** A file to be read only (moved to a server) whose schema is not this version's. */
        FILE_OUTDATED
    }

    private final Reason reason;
    private final String file;
    private final transient Backup newestGoodBackup;

    public DatabaseOpenException(Reason reason, String file, Throwable cause) {
        this(reason, file, cause, null);
    }

    DatabaseOpenException(Reason reason, String file, Throwable cause, Backup newestGoodBackup) {
        super(reason + ": " + file + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.reason = reason;
        this.file = file;
        this.newestGoodBackup = newestGoodBackup;
    }

    /** The same refusal, now naming the newest backup that is whole. */
    DatabaseOpenException withBackup(Backup backup) {
        DatabaseOpenException e = new DatabaseOpenException(reason, file, getCause(), backup);
        e.setStackTrace(getStackTrace());
        return e;
    }

    public Reason reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    /**
     * Why a file beside the database (a backup, a migrated copy) could not be written: the folder is
     * read-only, or (the folder writable, the drive without room for another copy) the drive is full.
     */
    static Reason writeFailure(DatabaseFile file, IOException e) {
        try {
            Path folder = file.mvFile().toAbsolutePath().getParent();
            long needed = Files.size(file.mvFile());
            boolean writable = Files.isWritable(folder);
            if (writable && Files.getFileStore(folder).getUsableSpace() < needed + (1 << 20)) {
                return Reason.NO_SPACE;
            }
        } catch (IOException | RuntimeException unknown) {
            // the folder's state cannot be read: say what the failure says
        }
        return saysNoSpace(e) ? Reason.NO_SPACE : Reason.READ_ONLY_FOLDER;
    }

    /** True when a failure, or one of its causes, is the system's "no space left on the drive". */
    public static boolean saysNoSpace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("No space left") || text.contains("not enough space")) {
                return true;
            }
        }
        return false;
    }

    /** For a damaged file: the newest backup that is whole, if there is one. */
    public Optional<Backup> newestGoodBackup() {
        return Optional.ofNullable(newestGoodBackup);
    }

    /** The resource-bundle key of the message for the user. */
    public String messageKey() {
        if (reason == Reason.CORRUPT && newestGoodBackup != null) {
            return "database.error.corrupt.restorable";
        }
        return switch (reason) {
            case IN_USE -> "database.error.inUse";
            case NEWER_VERSION -> "database.error.newerVersion";
            case NOT_H2 -> "database.error.notH2";
            case FOREIGN -> "database.error.foreign";
            case CORRUPT -> "database.error.corrupt";
            case CANNOT_CREATE -> "database.error.cannotCreate";
            case MIGRATION_FAILED -> "database.error.migrationFailed";
            case MISSING -> "database.error.missing";
            case READ_ONLY_FILE -> "database.error.readOnlyFile";
            case READ_ONLY_FOLDER -> "database.error.readOnlyFolder";
            case UNREADABLE -> "database.error.unreadable";
            case NO_SPACE -> "database.error.noSpace";
            case SERVER_UNREACHABLE -> "server.error.unreachable";
            case SERVER_LOGIN_REFUSED -> "server.error.loginRefused";
            case SERVER_NO_DATABASE -> "server.error.noDatabase";
            case SERVER_NOT_SET_UP -> "server.error.notSetUp";
            case SERVER_OUTDATED -> "server.error.outdated";
            case FILE_OUTDATED -> "server.error.fileOutdated";
        };
    }

    /**
     * The message's arguments: {0} the file, and for a restorable file {1} the backup, {2} when it was
     * taken (yyyy-MM-dd HH:mm) and {3} the command that restores it.
     */
    public Object[] messageArgs() {
        if (reason == Reason.CORRUPT && newestGoodBackup != null) {
            return new Object[] {file, newestGoodBackup.file().toString(), newestGoodBackup.takenText(),
                    restoreCommand(newestGoodBackup)};
        }
        return new Object[] {file};
    }

    private String restoreCommand(Backup backup) {
        return "sikkerby --db \"" + file + "\" restore \"" + backup.file() + "\"";
    }
}
