package dk.sikkerby.indberetning.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
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
 * the app, or that are not H2 databases at all, without writing to them.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

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

    public static Database open(DatabaseFile file) throws DatabaseOpenException {
        return open(file, Migrations.LOCATIONS);
    }

    /** Opens with other migration locations as well; for tests of the upgrade path. */
    static Database open(DatabaseFile file, List<String> migrationLocations) throws DatabaseOpenException {
        checkFile(file);
        DatabaseTarget target = DatabaseTarget.h2File(file);
        JdbcConnectionPool pool = target.connect();
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            new Migrations(pool, file, migrationLocations).run();
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

    private static void checkFile(DatabaseFile file) throws DatabaseOpenException {
        Path mv = file.mvFile();
        try {
            if (Files.exists(mv)) {
                if (!Files.isRegularFile(mv) || !startsWithH2Header(mv)) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_H2, mv.toString(), null);
                }
            } else {
                Files.createDirectories(mv.toAbsolutePath().getParent());
                if (!Files.isWritable(mv.toAbsolutePath().getParent())) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.CANNOT_CREATE, mv.toString(), null);
                }
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.CANNOT_CREATE, mv.toString(), e);
        }
    }

    private static boolean startsWithH2Header(Path mv) throws IOException {
        try (InputStream in = Files.newInputStream(mv)) {
            return Arrays.equals(in.readNBytes(H2_HEADER.length), H2_HEADER);
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

    /** Closes the database cleanly and compacts the file. */
    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database could not be compacted at close; it is closed all the same.", e);
        } finally {
            pool.dispose();
        }
    }
}
