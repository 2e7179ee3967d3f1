package dk.sikkerby.indberetning.persistence;

import java.nio.file.Path;

/**
 * An H2 database file, named as the user names it: with or without the {@code .mv.db} that H2 adds.
 * Beside it live its clean-close seal ({@link CloseSeal}) and its backup folder ({@link Backups}).
 */
public record DatabaseFile(Path basePath) {

    public static final String SUFFIX = ".mv.db";

    public DatabaseFile {
        basePath = basePath.toAbsolutePath().normalize();
    }

    public static DatabaseFile of(String path) {
        String p = path.strip();
        if (p.endsWith(SUFFIX)) {
            p = p.substring(0, p.length() - SUFFIX.length());
        }
        return new DatabaseFile(Path.of(p));
    }

    public static DatabaseFile of(Path path) {
        return of(path.toString());
    }

    /** The file on disk. */
    public Path mvFile() {
        return basePath.resolveSibling(basePath.getFileName() + SUFFIX);
    }

    /** The folder the file lies in. */
    public Path folder() {
        return basePath.getParent();
    }

    /** The name without {@code .mv.db}. */
    public String name() {
        return basePath.getFileName().toString();
    }

    /** The folder of this file's rolling backups, beside the file. */
    public Path backupFolder() {
        return basePath.resolveSibling(name() + "-backups");
    }

    /** What the app writes when it has closed the file cleanly: the file's size and digest. */
    Path sealFile() {
        return basePath.resolveSibling(name() + SUFFIX + ".seal");
    }

    /**
     * {@code WRITE_DELAY=0}: every commit reaches the file before the save returns (H2's default
     * delay loses acknowledged commits on a crash). The database is closed by {@link Database#close()}.
     * No {@code .trace.db} file: errors reach the app as exceptions and are logged there.
     * {@code IFEXISTS=TRUE}: H2 itself never creates a file; only {@link NewDatabaseFile} does, under a
     * temporary name.
     */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + basePath + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE";
    }

    /** The URL that may create the file: for {@link NewDatabaseFile}'s temporary file only. */
    String creatingJdbcUrl() {
        return "jdbc:h2:file:" + basePath + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    @Override
    public String toString() {
        return mvFile().toString();
    }
}
