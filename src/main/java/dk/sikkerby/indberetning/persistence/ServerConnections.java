package dk.sikkerby.indberetning.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of one signed-in person to the server: a few kept open and reused (a new one costs
 * the server's authentication, several milliseconds), each checked before it is handed out so that a
 * connection the network or the server dropped is replaced instead of failing the next save.
 * The password is kept only as long as the pool is open, in memory, to open further connections;
 * it is never written anywhere.
 */
public final class ServerConnections implements DataSource, AutoCloseable {

    private static final int VALID_SECONDS = 2;
    /** A connection given back less than this long ago is handed out again without asking the server. */
    private static final long TRUSTED_NANOS = 5_000_000_000L;

    private final ServerAddress address;
    private final String login;
    private final char[] password;
    private final int maxIdle;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final java.util.Map<Connection, Long> givenBackAt = new java.util.IdentityHashMap<>();
    /** The server processes (backend pids) of this pool's open connections: the saves this session made. */
    private final java.util.Map<Connection, Integer> ownBackends = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean closed;

    public ServerConnections(ServerAddress address, String login, char[] password, int maxIdle) {
        this.address = address;
        this.login = login;
        this.password = password.clone();
        this.maxIdle = maxIdle;
    }

    public ServerAddress address() {
        return address;
    }

    public String login() {
        return login;
    }

    /** A new physical connection, outside the pool (for LISTEN, which needs its own). */
    public Connection openDirect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", login);
        p.setProperty("password", new String(password));
        p.setProperty("ApplicationName", "Sikker By Indberetning");
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "60");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(address.jdbcUrl(), p);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = null;
        synchronized (this) {
            if (closed) {
                throw new SQLException("The connection to the server has been closed.", "08003");
            }
            while (physical == null && !idle.isEmpty()) {
                Connection candidate = idle.pop();
                Long since = givenBackAt.remove(candidate);
                boolean recent = since != null && System.nanoTime() - since < TRUSTED_NANOS;
                if (recent || isUsable(candidate)) {
                    physical = candidate;
                } else {
                    quietlyClose(candidate);
                }
            }
        }
        if (physical == null) {
            physical = openDirect();
            ownBackends.put(physical, physical.unwrap(org.postgresql.PGConnection.class).getBackendPID());
        }
        return handOut(physical);
    }

    /**
     * Whether the server process {@code backendPid} is one of this session's own connections (a NOTIFY
     * carries the pid of the connection that sent it): another desk signed in with the same login is not.
     */
    public boolean isOwnBackend(int backendPid) {
        return ownBackends.containsValue(backendPid);
    }

    private static boolean isUsable(Connection c) {
        try {
            return !c.isClosed() && c.isValid(VALID_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection handOut(Connection physical) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(physical);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return returned[0] || physical.isClosed();
                        }
                        case "unwrap" -> {
                            return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {
                            if (returned[0]) {
                                throw new SQLException("The connection has been given back.", "08003");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private void giveBack(Connection physical) {
        boolean keep;
        try {
            if (!physical.isClosed() && !physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            keep = !physical.isClosed();
        } catch (SQLException e) {
            keep = false;
        }
        synchronized (this) {
            if (keep && !closed && idle.size() < maxIdle) {
                idle.push(physical);
                givenBackAt.put(physical, System.nanoTime());
                return;
            }
            if (!keep) {
                // a connection that broke in use (the server restarted, the network dropped) took the idle
                // ones with it: they are made anew rather than failing the next actions one by one
                idle.forEach(this::quietlyClose);
                idle.clear();
                givenBackAt.clear();
            }
        }
        quietlyClose(physical);
    }

    private void quietlyClose(Connection c) {
        ownBackends.remove(c);
        try {
            c.close();
        } catch (SQLException e) {
            // already gone
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        idle.forEach(this::quietlyClose);
        idle.clear();
        givenBackAt.clear();
        java.util.Arrays.fill(password, '\0');
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        throw new SQLFeatureNotSupportedException("Each pool signs in as one person.");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connectTimeout is set per connection
    }

    @Override
    public int getLoginTimeout() {
        return 10;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(ServerConnections.class.getName());
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
