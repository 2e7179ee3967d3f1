package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerAddress;

/**
 * One fresh database on the test PostgreSQL, as the city's IT would give it: owned by its own login,
 * which may create roles (not a superuser, so the server's rights apply as they will in production).
 */
public record TestServer(ServerAddress address, String owner, String ownerPassword) {

    public static TestServer create() {
        String database = PostgresServer.freshDatabase();
        String owner = database + "_owner";
        String password = "owner-" + database;
        PostgresServer.asSuperuser(
                "CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + password + "'",
                "ALTER DATABASE " + database + " OWNER TO " + owner);
        PostgresServer.inDatabase(database, "ALTER SCHEMA public OWNER TO " + owner);
        return new TestServer(new ServerAddress("localhost", PostgresServer.port(), database), owner, password);
    }

    /** Migrates the database as its owner ({@code server-init}) and opens it as the owner. */
    public Database initAsOwner() {
        return DatabaseKind.unchecked(address, owner, ownerPassword, true);
    }

    /**
     * Sets the database up as an older version of the app's server-init did: the migrations up to
     * {@code version} only (e.g. "12"), and the database's identity.
     */
    public void initAsOwnerUpTo(String version) {
        org.flywaydb.core.Flyway.configure().dataSource(url(), owner, ownerPassword)
                .locations(dk.sikkerby.indberetning.persistence.ServerOpening.LOCATIONS.toArray(String[]::new))
                .outOfOrder(true).target(version).load().migrate();
        PostgresServer.inDatabase(address.database(), "INSERT INTO app_meta (meta_key, meta_value) VALUES "
                + "('database.identity', '" + java.util.UUID.randomUUID() + "')");
    }

    /** Opens the set-up database as {@code login}. */
    public Database openAs(String login, String password) {
        return DatabaseKind.unchecked(address, login, password, false);
    }

    public String url() {
        return address.jdbcUrl();
    }
}
