package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.domain.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

/**
 * The server's own logins and the three group roles that carry the app's rights
 * (db/postgresql/V11__server_rights.sql). Creating a login needs a login that may create roles: the
 * database's owner, as IT set it up.
 */
public final class ServerLogins {

    private final DSLContext dsl;

    public ServerLogins(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The group role of an app role. */
    public static String groupOf(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> "sikkerby_admin";
            case REVIEWER -> "sikkerby_reviewer";
            case COORDINATOR -> "sikkerby_coordinator";
        };
    }

    public boolean exists(String login) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
                .where(DSL.field(DSL.name("rolname")).eq(login)));
    }

    /** Whether the login has any of the three group roles. */
    public boolean hasGroupRole(String login) {
        return dsl.fetchExists(DSL.selectOne().from("pg_catalog.pg_auth_members m")
                .join("pg_catalog.pg_roles g").on("g.oid = m.roleid")
                .join("pg_catalog.pg_roles u").on("u.oid = m.member")
                .where("u.rolname = {0} AND g.rolname IN ('sikkerby_admin', 'sikkerby_reviewer', 'sikkerby_coordinator')",
                        DSL.val(login)));
    }

    /** Whether the session's own login may create logins (CREATEROLE, or a superuser). */
    public boolean mayCreateLogins() {
        return Boolean.TRUE.equals(dsl.fetchValue(
                "SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user"));
    }

    /**
     * Creates a login with a password. The password goes to the server only as a SCRAM hash made here
     * (never as text in a statement, which the server's log could keep).
     */
    public void create(String login, char[] password) {
        dsl.execute("CREATE ROLE {0} LOGIN", DSL.name(login));
        dsl.connection(c -> setPassword(c, login, password));
    }

    /**
     * Sets an existing login's password (ALTER ROLE … PASSWORD, as a SCRAM hash made here). The server
     * allows it only to a login that may create roles (or to the login itself): false if it refused
     * (SQL state 42501).
     */
    public boolean setPassword(String login, char[] password) {
        try {
            dsl.connection(c -> setPassword(c, login, password));
            return true;
        } catch (org.jooq.exception.DataAccessException e) {
            if ("42501".equals(e.sqlState())) {
                return false;
            }
            throw e;
        }
    }

    private static void setPassword(Connection c, String login, char[] password) throws SQLException {
        char[] copy = password.clone();
        try {
            c.unwrap(PGConnection.class).alterUserPassword(login, copy, null);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    /** Gives the login the group role of {@code role}, and takes the other two away. */
    public void grantOnly(String login, Role role) {
        for (Role other : Role.values()) {
            if (other != role) {
                dsl.execute("REVOKE {0} FROM {1}", DSL.name(groupOf(other)), DSL.name(login));
            }
        }
        dsl.execute("GRANT {0} TO {1}", DSL.name(groupOf(role)), DSL.name(login));
    }

    /**
     * On a server: gives the login the group role of its user's app role (and takes the others away), as an
     * administrator's change of the role needs (db/postgresql/V13). Nothing on a file, which has no logins.
     */
    public void followAppRole(String login) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.fetchValue("SELECT sikkerby_follow_app_role({0})", DSL.val(login));
        }
    }

    /** The login (the session's own) as the app knows it. */
    public String sessionLogin() {
        return String.valueOf(dsl.fetchValue("SELECT session_user::text"));
    }
}
