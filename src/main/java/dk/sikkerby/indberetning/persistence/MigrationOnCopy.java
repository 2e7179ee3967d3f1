package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Migrates an existing file whole or not at all. H2 commits every {@code CREATE} and {@code ALTER} at
 * once, so a process killed inside a Flyway script would leave half a migration without its history row,
 * and the next start would fail on it ("table already exists"; seen by the crash harness). The scripts
 * therefore run on a copy, {@code <name>.migrating-<pid>.mv.db}, made while the file is closed and held
 * by a shared lock (no other program can open it for writing meanwhile); the file is backed up, the copy
 * is closed, forced to disk and renamed over the file in one atomic step. A kill at any moment leaves
 * the old file or the migrated one, never a mix; a leftover copy is removed at the next opening
 * ({@link NewDatabaseFile#removeLeftovers}).
 */
final class MigrationOnCopy {

    private static final Logger LOG = Logger.getLogger(MigrationOnCopy.class.getName());
    static final String MARK = ".migrating-";

    private MigrationOnCopy() {
    }

    /**
     * Migrates {@code file}, which nobody has open, through a copy. Empty if this process has the file
     * open elsewhere already (H2 shares an open database within a process): then the caller migrates it
     * where it is. Otherwise whether scripts were applied.
     */
    static Optional<Boolean> migrate(DatabaseFile file, List<String> locations, Backups backups)
            throws DatabaseOpenException {
        DatabaseFile copy = new DatabaseFile(file.basePath().resolveSibling(
                file.name() + MARK + ProcessHandle.current().pid()));
        Optional<FileAccess> access = FileAccess.check(file.mvFile(), true);
        if (access.isEmpty()) {
            return Optional.empty();
        }
        FileAccess held = access.get();
        try {
            Files.copy(file.mvFile(), copy.mvFile(), StandardCopyOption.REPLACE_EXISTING);
            if (!migrateCopy(copy, file, locations, backups)) {
                return Optional.of(false);
            }
            Backups.force(copy.mvFile());
            replace(copy, file, held);
            LOG.info(() -> "The database " + file + " was migrated to schema version " + Migrations.LATEST + ".");
            return Optional.of(true);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.writeFailure(file, e), file.toString(), e);
        } catch (SQLException e) {
            throw new DatabaseOpenException(Reason.MIGRATION_FAILED, file.toString(), e);
        } finally {
            held.close();
            deleteQuietly(copy);
        }
    }

    private static boolean migrateCopy(DatabaseFile copy, DatabaseFile file, List<String> locations,
            Backups backups) throws SQLException, DatabaseOpenException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(copy.jdbcUrl(), "sa", "");
        try {
            Migrations.BackupHook backup = (dataSource, from) -> {
                try {
                    backups.take(file.mvFile(), "before-migration-v" + from);
                } catch (IOException e) {
                    throw new SQLException("The backup before the migration could not be written", e);
                }
            };
            boolean migrated = new Migrations(pool, file, locations, backup).run();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return migrated;
        } catch (RuntimeException e) {
            throw new DatabaseOpenException(Reason.MIGRATION_FAILED, file.toString(), e);
        } finally {
            pool.dispose();
        }
    }

    /** The atomic rename; where the system refuses to replace a locked file (Windows), after the lock. */
    private static void replace(DatabaseFile copy, DatabaseFile file, FileAccess held) throws IOException {
        try {
            Files.move(copy.mvFile(), file.mvFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException lockedHere) {
            held.close();
            Files.move(copy.mvFile(), file.mvFile(), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteQuietly(DatabaseFile copy) {
        try {
            Files.deleteIfExists(copy.mvFile());
        } catch (IOException e) {
            LOG.fine(() -> "Could not remove " + copy + ": " + e.getMessage());
        }
    }
}
