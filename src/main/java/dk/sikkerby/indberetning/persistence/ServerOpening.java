package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Signing in to a server database and checking that it is one this version of the app can use. The
 * server's answers (no route, wrong password, no such database, not set up, set up by a newer or
 * older version) become reasons the user is told in one sentence.
 */
public final class ServerOpening {

    /** The portable scripts, then the server's own: roles, rights, triggers (never run on H2). */
    public static final List<String> LOCATIONS = List.of("classpath:db/migration", "classpath:db/postgresql");

    private static final Logger LOG = Logger.getLogger(ServerOpening.class.getName());
    private static final int KEEP_OPEN = 4;

    private ServerOpening() {
    }

    /** Opens the first connection as {@code login}; the server checks the password (or whatever pg_hba asks). */
    public static ServerConnections connect(ServerAddress address, String login, char[] password)
            throws DatabaseOpenException {
        ServerConnections connections = new ServerConnections(address, login, password, KEEP_OPEN);
        try (Connection first = connections.getConnection()) {
            first.isValid(2);
            return connections;
        } catch (SQLException e) {
            connections.close();
            LOG.log(Level.INFO, "The server " + address + " refused the connection as " + login + ".", e);
            throw new DatabaseOpenException(reasonOf(e), address.toString(), e);
        }
    }

    static Reason reasonOf(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return Reason.SERVER_LOGIN_REFUSED;
        }
        if (state.equals("3D000")) {
            return Reason.SERVER_NO_DATABASE;
        }
        if (state.equals("42501")) {
            return Reason.SERVER_NO_RIGHTS;
        }
        return Reason.SERVER_UNREACHABLE;
    }

    private static Flyway flyway(ServerConnections connections) {
        return Flyway.configure()
                .dataSource(connections)
                .locations(LOCATIONS.toArray(String[]::new))
                .loggers("slf4j")
                .outOfOrder(true)
                .load();
    }

    /** Refuses a database that server-init has not set up, or set up for another version of the app. */
    public static void checkSchema(ServerConnections connections, ServerAddress address) throws DatabaseOpenException {
        checkRights(connections, address);
        MigrationInfoService info;
        try {
            info = flyway(connections).info();
        } catch (RuntimeException e) {
            throw new DatabaseOpenException(Reason.SERVER_NOT_SET_UP, address.toString(), e);
        }
        if (info.applied().length == 0) {
            throw new DatabaseOpenException(Reason.SERVER_NOT_SET_UP, address.toString(), null);
        }
        if (Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED)) {
            throw new DatabaseOpenException(Reason.SERVER_NEWER_VERSION, address.toString(), null);
        }
        if (info.pending().length > 0) {
            throw new DatabaseOpenException(Reason.SERVER_OUTDATED, address.toString(), null);
        }
    }

    /**
     * A database set up by server-init whose tables the login may not read: the login has none of the app's
     * group roles (user-add was not run for it), which is said as such rather than as "not set up".
     */
    private static void checkRights(ServerConnections connections, ServerAddress address) throws DatabaseOpenException {
        try (Connection c = connections.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT CASE WHEN to_regclass('public.flyway_schema_history') IS NULL"
                     + " THEN 0 WHEN has_table_privilege('public.flyway_schema_history', 'SELECT') THEN 1 ELSE 2 END");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            int answer = rs.getInt(1);
            if (answer == 0) {
                throw new DatabaseOpenException(Reason.SERVER_NOT_SET_UP, address.toString(), null);
            }
            if (answer == 2) {
                throw new DatabaseOpenException(Reason.SERVER_NO_RIGHTS, address.toString(), null);
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(reasonOf(e), address.toString(), e);
        }
    }

    /** As the owner: brings the schema, the roles and the rights up to date. */
    public static void migrate(ServerConnections connections, ServerAddress address) throws DatabaseOpenException {
        try {
            Flyway flyway = flyway(connections);
            if (Arrays.stream(flyway.info().applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS)) {
                throw new DatabaseOpenException(Reason.SERVER_NEWER_VERSION, address.toString(), null);
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The server database " + address + " could not be migrated.", e);
            throw new DatabaseOpenException(Reason.MIGRATION_FAILED, address.toString(), e);
        }
    }

    /** The database's identity, which server-init made. */
    public static String identity(ServerConnections connections, ServerAddress address) throws DatabaseOpenException {
        try (Connection c = connections.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT meta_value FROM app_meta WHERE meta_key = ?")) {
            q.setString(1, "database.identity");
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
            throw new DatabaseOpenException(Reason.SERVER_NOT_SET_UP, address.toString(), null);
        } catch (SQLException e) {
            throw new DatabaseOpenException(Reason.SERVER_NOT_SET_UP, address.toString(), e);
        }
    }
}
