package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.ServerAddress;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Where the database lives and how the app speaks to it: the one place that chooses the data source,
 * the SQL dialect and jOOQ's settings: an H2 file ({@link #h2File}) or a PostgreSQL server
 * ({@link #server}, whose connections are the signed-in person's own, {@code ServerConnections}).
 */
public final class DatabaseTarget {

    /** Connections the app keeps open at most: the worker, a read beside it, and the command line. */
    static final int MAX_CONNECTIONS = 8;

    private final DatabaseFile file;
    private final ServerAddress server;

    private DatabaseTarget(DatabaseFile file, ServerAddress server) {
        this.file = file;
        this.server = server;
    }

    /** An embedded H2 database in {@code file}. */
    public static DatabaseTarget h2File(DatabaseFile file) {
        return new DatabaseTarget(file, null);
    }

    /** A PostgreSQL database on a server. */
    public static DatabaseTarget server(ServerAddress address) {
        return new DatabaseTarget(null, address);
    }

    public DatabaseFile file() {
        return file;
    }

    public SQLDialect dialect() {
        return server != null ? SQLDialect.POSTGRES : SQLDialect.H2;
    }

    /** A pool of connections to the target; the caller disposes of it. */
    JdbcConnectionPool connect() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(file.jdbcUrl(), "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** A pool of read-only connections to the file (H2's {@code ACCESS_MODE_DATA=r}): nothing is written to it. */
    JdbcConnectionPool connectToRead() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(file.jdbcUrl() + ";ACCESS_MODE_DATA=r", "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** The one jOOQ context of the open database, on {@code dataSource}. */
    DSLContext dsl(DataSource dataSource) {
        return DSL.using(dataSource, dialect(),
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
    }

    @Override
    public String toString() {
        return server != null ? server.toString() : file.toString();
    }
}
