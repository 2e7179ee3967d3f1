package dk.sikkerby.indberetning.persistence;

import java.nio.file.Path;

/**
 * An H2 database file, named as the user names it: with or without the {@code .mv.db} that H2 adds.
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

    /**
     * {@code WRITE_DELAY=0}: every commit reaches the file before the save returns (H2's default
     * delay loses acknowledged commits on a crash). The database is closed by {@link Database#close()}.
     * No {@code .trace.db} file: errors reach the app as exceptions and are logged there.
     */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + basePath + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    @Override
    public String toString() {
        return mvFile().toString();
    }
}
