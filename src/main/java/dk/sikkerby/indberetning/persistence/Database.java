package dk.sikkerby.indberetning.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;

/**
 * The open embedded database: one connection pool and the one {@link DSLContext} for the whole app, on
 * the data source and in the dialect its {@link DatabaseTarget} chooses, and the one {@link Store}.
 * {@link #open} refuses, with a {@link DatabaseOpenException}, files in use, from a newer version of
 * the app, damaged, read-only, or not the app's at all, without writing to them ({@link FileGate});
 * a missing file is created whole or not at all ({@link NewDatabaseFile}), and only when the caller
 * may create one.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final DatabaseFile file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Store store;
    private final String identity;

    private Database(DatabaseTarget target, JdbcConnectionPool pool, String identity) {
        this.file = target.file();
        this.pool = pool;
        this.identity = identity;
        this.dsl = target.dsl(pool);
        this.store = Store.over(dsl);
    }

    /** Opens the file, creating it if it is missing; for tests and tools. */
    public static Database open(DatabaseFile file) throws DatabaseOpenException {
        return open(file, OpenRequest.createIfMissing(Backups.DEFAULT_DAYS));
    }

    public static Database open(DatabaseFile file, OpenRequest request) throws DatabaseOpenException {
        return open(file, request, Migrations.LOCATIONS);
    }

    /** Opens with other migration locations as well; for tests of the upgrade path. */
    static Database open(DatabaseFile file, List<String> migrationLocations) throws DatabaseOpenException {
        return open(file, OpenRequest.createIfMissing(Backups.DEFAULT_DAYS), migrationLocations);
    }

    private static Database open(DatabaseFile file, OpenRequest request, List<String> migrationLocations)
            throws DatabaseOpenException {
        Clock clock = Clock.systemDefaultZone();
        FileGate.pass(file, request, migrationLocations, clock);
        DatabaseTarget target = DatabaseTarget.h2File(file);
        JdbcConnectionPool pool = target.connect();
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            new Migrations(pool, file, migrationLocations, new MigrationBackup(new Backups(file, clock))).run();
            String identity = DatabaseIdentity.ensure(pool);
            return new Database(target, pool, identity);
        } catch (SQLException e) {
            pool.dispose();
            throw new DatabaseOpenException(reasonOf(e), file.toString(), e);
        } catch (DatabaseOpenException e) {
            pool.dispose();
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MIGRATION_FAILED, file.toString(), e);
        }
    }

    private static DatabaseOpenException.Reason reasonOf(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ErrorCode.DATABASE_ALREADY_OPEN_1:
                        return DatabaseOpenException.Reason.IN_USE;
                    case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1:
                        return DatabaseOpenException.Reason.CORRUPT;
                    case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
                        return DatabaseOpenException.Reason.MISSING;
                    case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2:
                        return DatabaseOpenException.Reason.CANNOT_CREATE;
                    default:
                        break;
                }
            }
        }
        return DatabaseOpenException.Reason.CORRUPT;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The one door to the database that the services use: repositories in transactions. */
    public Store store() {
        return store;
    }

    public DatabaseFile file() {
        return file;
    }

    /** A random id made when the database was created; offline workbooks carry it. */
    public String identity() {
        return identity;
    }

    /**
     * Closes the database cleanly, compacts the file and seals it ({@link CloseSeal}), so that the next
     * opening knows it is exactly as this one left it.
     */
    @Override
    public void close() {
        boolean clean = false;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
            clean = true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database could not be compacted at close; it is closed all the same.", e);
        } finally {
            pool.dispose();
        }
        if (clean) {
            CloseSeal.write(file);
        }
    }
}
