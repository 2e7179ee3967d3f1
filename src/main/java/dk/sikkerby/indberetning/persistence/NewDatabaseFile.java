package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Makes a new database whole or not at all: it is created and migrated under the temporary name
 * {@code <name>.creating-<pid>.mv.db}, closed, forced to disk, and only then given its real name by a
 * hard link (which, unlike a rename, never replaces a file another process made meanwhile). A process
 * killed on the way leaves only its temporary file, which the next opening removes once that process
 * is gone.
 */
final class NewDatabaseFile {

    private static final Logger LOG = Logger.getLogger(NewDatabaseFile.class.getName());

    private NewDatabaseFile() {
    }

    static void create(DatabaseFile file, List<String> locations) throws DatabaseOpenException {
        Path folder = file.folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.CANNOT_CREATE, file.toString(), e);
        }
        if (!Files.isWritable(folder)) {
            throw new DatabaseOpenException(Reason.CANNOT_CREATE, file.toString(), null);
        }
        removeLeftovers(file);
        DatabaseFile temp = temporary(file, ProcessHandle.current().pid());
        try {
            build(temp, locations);
            Backups.force(temp.mvFile());
            try {
                Files.createLink(file.mvFile(), temp.mvFile());
            } catch (UnsupportedOperationException e) {
                Files.move(temp.mvFile(), file.mvFile(), StandardCopyOption.ATOMIC_MOVE);
            }
            CloseSeal.write(file);
            LOG.info(() -> "The new database " + file + " was created.");
        } catch (FileAlreadyExistsException e) {
            LOG.info(() -> "Another process created " + file + " at the same moment; that one is used.");
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.CANNOT_CREATE, file.toString(), e);
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseOpenException(Reason.CANNOT_CREATE, file.toString(), e);
        } finally {
            deleteQuietly(temp.mvFile());
        }
    }

    private static void build(DatabaseFile temp, List<String> locations) throws SQLException, DatabaseOpenException {
        deleteQuietly(temp.mvFile());
        JdbcConnectionPool pool = JdbcConnectionPool.create(temp.creatingJdbcUrl(), "sa", "");
        try {
            new Migrations(pool, temp, locations, Migrations.BackupHook.NONE).run();
            DatabaseIdentity.ensure(pool);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
        } finally {
            pool.dispose();
        }
    }

    static DatabaseFile temporary(DatabaseFile file, long pid) {
        return new DatabaseFile(file.basePath().resolveSibling(file.name() + ".creating-" + pid));
    }

    /**
     * Removes the temporary files of creations and migrations ({@link MigrationOnCopy}) whose process
     * has ended (killed on the way).
     */
    static void removeLeftovers(DatabaseFile file) {
        // the file itself, and H2's own temporary files beside it (.tempFile while SHUTDOWN COMPACT runs)
        Pattern leftover = Pattern.compile(Pattern.quote(file.name()) + "\\.(?:creating|migrating)-(\\d+)"
                + Pattern.quote(DatabaseFile.SUFFIX) + "(\\.[A-Za-z]+)?");
        try (Stream<Path> files = Files.list(file.folder())) {
            files.forEach(p -> {
                Matcher m = leftover.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
                    LOG.info(() -> "Removing " + p + ", left by a creation that did not finish.");
                    deleteQuietly(p);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "Leftovers beside " + file + " could not be looked for: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.fine(() -> "Could not remove " + path + ": " + e.getMessage());
        }
    }
}
