package dk.sikkerby.indberetning.persistence;

/**
 * Why a database file could not be opened, as a reason the user interface turns into a message that
 * says what to do. The file is left as it was in every case.
 */
public class DatabaseOpenException extends Exception {

    public enum Reason {
        IN_USE, NEWER_VERSION, NOT_H2, CORRUPT, CANNOT_CREATE, MIGRATION_FAILED,
        /** A server: no answer (host, port, network), the login refused, no such database, not set up, set up by an older version. */
        SERVER_UNREACHABLE, SERVER_LOGIN_REFUSED, SERVER_NO_DATABASE, SERVER_NOT_SET_UP, SERVER_OUTDATED,
        /** A file to be read only (moved to a server) whose schema is not this version's. */
        FILE_OUTDATED
    }

    private final Reason reason;
    private final String file;

    public DatabaseOpenException(Reason reason, String file, Throwable cause) {
        super(reason + ": " + file + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    /** The resource-bundle key of the message for the user. */
    public String messageKey() {
        return switch (reason) {
            case IN_USE -> "database.error.inUse";
            case NEWER_VERSION -> "database.error.newerVersion";
            case NOT_H2 -> "database.error.notH2";
            case CORRUPT -> "database.error.corrupt";
            case CANNOT_CREATE -> "database.error.cannotCreate";
            case MIGRATION_FAILED -> "database.error.migrationFailed";
            case SERVER_UNREACHABLE -> "server.error.unreachable";
            case SERVER_LOGIN_REFUSED -> "server.error.loginRefused";
            case SERVER_NO_DATABASE -> "server.error.noDatabase";
            case SERVER_NOT_SET_UP -> "server.error.notSetUp";
            case SERVER_OUTDATED -> "server.error.outdated";
            case FILE_OUTDATED -> "server.error.fileOutdated";
        };
    }
}
