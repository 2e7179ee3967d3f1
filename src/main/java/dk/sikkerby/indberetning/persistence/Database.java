package dk.sikkerby.indberetning.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;

/**
 * The open database: one connection pool and the one {@link DSLContext} for the whole app, on
 * the data source and in the dialect its {@link DatabaseTarget} chooses, and the one {@link Store}.
 * {@link #open} refuses, with a {@link DatabaseOpenException}, files in use, from a newer version of
 * the app, damaged, read-only, or not the app's at all, without writing to them ({@link FileGate});
 * a missing file is created whole or not at all ({@link NewDatabaseFile}), and only when the caller
 * may create one.
 *
 * <p>Or a PostgreSQL database on the city's server, signed in to with the person's own server login
 * ({@link #open(ServerAddress, String, char[])}); servers that cannot be reached, refuse the login, or have
 * not been set up by {@code server-init} are refused with their own reasons.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final DatabaseFile file;
    private final JdbcConnectionPool pool;
    private final ServerConnections server;
    private final boolean readOnly;
    private final Store store;
    private final String identity;

    private Database(DatabaseTarget target, JdbcConnectionPool pool, String identity) {
        this(target, pool, identity, false);
    }

    private Database(DatabaseTarget target, JdbcConnectionPool pool, String identity, boolean readOnly) {
        this.file = target.file();
        this.pool = pool;
        this.server = null;
        this.readOnly = readOnly;
        this.identity = identity;
        this.store = Store.over(pool, () -> target.dsl(pool));
    }

    private Database(ServerConnections server, String identity) {
        DatabaseTarget target = DatabaseTarget.server(server.address());
        this.file = null;
        this.pool = null;
        this.server = server;
        this.readOnly = false;
        this.identity = identity;
        this.store = Store.over(server, () -> target.dsl(server));
    }

    /**
     * Opens an existing file only to read it (to move it to a server): H2's read-only mode, no migration,
     * nothing made, no compaction or seal at close, so the file stays byte for byte as it was.
     */
    public static Database openReadOnly(DatabaseFile file) throws DatabaseOpenException {
        if (!java.nio.file.Files.isRegularFile(file.mvFile())) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MISSING, file.toString(), null);
        }
        if (!FileGate.startsAsH2(file)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_H2, file.toString(), null);
        }
        DatabaseTarget target = DatabaseTarget.h2File(file);
        JdbcConnectionPool pool = target.connectToRead();
        try {
            if (!new Migrations(pool, file, Migrations.LOCATIONS, Migrations.BackupHook.NONE).isCurrent()) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.FILE_OUTDATED, file.toString(), null);
            }
            return new Database(target, pool, storedIdentity(pool), true);
        } catch (SQLException e) {
            pool.dispose();
            throw new DatabaseOpenException(reasonOf(e), file.toString(), e);
        } catch (DatabaseOpenException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * Signs in to a server database that {@code server-init} has set up, as {@code login}. The schema is
     * not migrated here: only the database's owner may change it ({@link #initServer}).
     */
    public static Database open(ServerAddress address, String login, char[] password) throws DatabaseOpenException {
        ServerConnections connections = ServerOpening.connect(address, login, password);
        try {
            ServerOpening.checkSchema(connections, address);
            return new Database(connections, ServerOpening.identity(connections, address));
        } catch (DatabaseOpenException | RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    /**
     * As the database's owner: migrates the schema of a server database with the portable scripts and
     * the server's own (roles, rights, triggers), then opens it.
     */
    public static Database initServer(ServerAddress address, String owner, char[] password) throws DatabaseOpenException {
        ServerConnections connections = ServerOpening.connect(address, owner, password);
        try {
            ServerOpening.migrate(connections, address);
            String identity;
            try {
                identity = DatabaseIdentity.ensure(connections);
            } catch (SQLException e) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.MIGRATION_FAILED, address.toString(), e);
            }
            return new Database(connections, identity);
        } catch (DatabaseOpenException | RuntimeException e) {
            connections.close();
            throw e;
        }
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

    private static String storedIdentity(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection();
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(
                     "SELECT meta_value FROM app_meta WHERE meta_key = '" + DatabaseIdentity.KEY + "'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /**
     * For a caller that only reads (decision 1909): a file that passed {@link FileGate#passToRead} opened with
     * H2 read-only, so nothing is written to it or beside it, and closing it needs no shutdown, compaction or
     * new seal. Empty (nothing held) when it must be opened the usual way: H2 could not open it so, a writer
     * came in between (the seal is gone or new once H2 holds the file), or it needs a migration or an identity.
     */
    private static Optional<Database> openToRead(DatabaseFile file, OpenRequest request, List<String> locations,
                                                 Clock clock) throws DatabaseOpenException {
        Optional<String> seal = FileGate.passToRead(file, request, clock);
        if (seal.isEmpty()) {
            return Optional.empty();
        }
        DatabaseTarget target = DatabaseTarget.h2File(file);
        JdbcConnectionPool pool = target.connectToRead();
        try {
            String identity;
            try (Connection probe = pool.getConnection()) { // H2 now holds the file: no other process writes to it
                if (!CloseSeal.read(file).equals(seal)
                        || !new Migrations(pool, file, locations, Migrations.BackupHook.NONE).upToDate()) {
                    pool.dispose();
                    return Optional.empty();
                }
                identity = storedIdentity(pool);
            }
            if (identity.isBlank()) {
                pool.dispose();
                return Optional.empty();
            }
            return Optional.of(new Database(target, pool, identity, true));
        } catch (DatabaseOpenException e) { // a newer app's file: refused as the usual way refuses it
            pool.dispose();
            throw e;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            LOG.log(Level.FINE, "The database could not be opened read-only; it is opened the usual way.", e);
            return Optional.empty();
        }
    }

    private static Database open(DatabaseFile file, OpenRequest request, List<String> migrationLocations)
            throws DatabaseOpenException {
        Clock clock = Clock.systemDefaultZone();
        if (request.onlyReads()) {
            Optional<Database> reading = openToRead(file, request, migrationLocations, clock);
            if (reading.isPresent()) {
                return reading.get();
            }
        }
        FileGate.pass(file, request, migrationLocations, clock);
        DatabaseTarget target = DatabaseTarget.h2File(file);
        JdbcConnectionPool pool = target.connect();
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            // H2 holds the file now, and may write to it: the seal no longer says how it was left. Removed only
            // now, so that an opening refused as in use (another process reads or writes it) leaves it in place.
            // Were H2 to have written before this and the process to die, the seal no longer matches the file
            // and the next opening checks it whole, as without a seal.
            removeSeal(file);
            if (!new Migrations(pool, file, migrationLocations, Migrations.BackupHook.NONE).upToDate()) {
                pool.dispose();
                Backups backups = new Backups(file, clock);
                boolean copied = MigrationOnCopy.migrate(file, migrationLocations, backups).isPresent();
                pool = target.connect();
                if (!copied) { // open elsewhere in this process: migrated where it is, after H2's own backup
                    new Migrations(pool, file, migrationLocations, new MigrationBackup(backups)).run();
                }
            }
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

    private static void removeSeal(DatabaseFile file) throws DatabaseOpenException {
        try {
            CloseSeal.remove(file);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.READ_ONLY_FOLDER, file.toString(), e);
        }
    }

    private static DatabaseOpenException.Reason reasonOf(SQLException e) {
        if (DatabaseOpenException.saysNoSpace(e)) {
            return DatabaseOpenException.Reason.NO_SPACE; // H2 writes as it opens: a full drive, not a damaged file
        }
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

    /** jOOQ's context on the database, made on first use (decision 1913). */
    public DSLContext dsl() {
        return store.dsl();
    }

    /** The one door to the database that the services use: repositories in transactions. */
    public Store store() {
        return store;
    }

    /** The H2 file; only for a file database ({@link #isServer()} false). */
    public DatabaseFile file() {
        if (file == null) {
            throw new IllegalStateException("A server database has no file.");
        }
        return file;
    }

    public boolean isServer() {
        return server != null;
    }

    /** The server and the login signed in, for a server database. */
    public Optional<ServerConnections> server() {
        return Optional.ofNullable(server);
    }

    /** Where the data is, as the user named it: the file, or the server's address. */
    public String location() {
        return server != null ? server.address().toString() : file.toString();
    }

    /** A random id made when the database was created; offline workbooks carry it. */
    public String identity() {
        return identity;
    }

    /**
     * Closes the database cleanly, compacts the file if a tenth of it is dead space ({@link FillRate}), and
     * seals it ({@link CloseSeal}), so that the next opening knows it is exactly as this one left it. A file
     * opened read-only is only let go: it is as it was, and its seal still says so.
     */
    @Override
    public void close() {
        if (server != null) {
            server.close();
            return;
        }
        if (readOnly) {
            pool.dispose();
            return;
        }
        boolean clean = false;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(FillRate.worthCompacting(s) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
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
