package dk.sikkerby.indberetning.service.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.UserChange;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.ServerDesks;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An administrator's reset of a password and adding of a login the city already has, on the embedded
 * PostgreSQL: the server's login changes, the users' history says so (never the password), and an
 * administrator whose login may not create roles is refused in one sentence with nothing changed.
 */
class ServerUsersPasswordTest {

    @Test
    void theOwnerSetsAUsersServerPasswordAndTheHistorySaysSo() throws Exception {
        TestServer server = TestServer.create();
        String karen = ServerDesks.serverWithPeople(server)[1];
        try (Database owner = server.initAsOwner()) {
            ServerUsers users = new ServerUsers(owner.store());
            Actor it = users.makeOwnerAdministrator("IT Ejer", true);

            UserFacingException mismatch = assertThrows(UserFacingException.class, () -> users.resetPassword(it, karen,
                    "karens-nye-kode".toCharArray(), "karens-nye-kodx".toCharArray()));
            assertEquals("user.error.passwordMismatch", mismatch.key());
            users.resetPassword(it, karen, "karens-nye-kode".toCharArray(), "karens-nye-kode".toCharArray());

            assertTrue(connects(server, karen, "karens-nye-kode"), "the new password opens the login");
            assertThrows(SQLException.class, () -> connects(server, karen, "karens-kode"), "the old one no longer does");
            List<UserChange> history = new UserService(owner.store()).history(it, karen);
            UserChange reset = history.get(history.size() - 1);
            assertEquals(UserChange.Kind.PASSWORD_RESET, reset.kind());
            assertEquals(server.owner(), reset.actorLogin());
            assertEquals(null, reset.newValue(), "no password is kept");
        }
    }

    @Test
    void anAdministratorWhoMayNotCreateRolesIsRefusedInOneSentenceAndNothingChanges() throws Exception {
        TestServer server = TestServer.create();
        String[] people = ServerDesks.serverWithPeople(server);
        try (Database anne = server.openAs(people[0], "annes-kode")) {
            ServerUsers users = new ServerUsers(anne.store());
            Actor admin = users.signIn();
            int before = new UserService(anne.store()).history(admin, people[1]).size();
            UserFacingException refused = assertThrows(UserFacingException.class, () -> users.resetPassword(admin,
                    people[1], "karens-nye-kode".toCharArray(), "karens-nye-kode".toCharArray()));
            assertEquals("server.error.mayNotSetPasswords", refused.key());
            assertEquals(before, new UserService(anne.store()).history(admin, people[1]).size(), "no history row");
            assertThrows(UserFacingException.class, () -> users.resetPassword(admin, people[0],
                    "annes-nye-kode".toCharArray(), "annes-nye-kode".toCharArray()), "one's own: the server keeps it");
        }
        assertTrue(connects(server, people[1], "karens-kode"), "Karen's password is unchanged");
    }

    @Test
    void aLoginTheCityAlreadyHasIsGivenAccessWithoutAPassword() throws Exception {
        TestServer server = TestServer.create();
        ServerDesks.serverWithPeople(server);
        String lone = server.address().database().replace("sikkerby_test_", "d") + "_lone";
        try (Database owner = server.initAsOwner()) {
            owner.dsl().execute("CREATE ROLE " + lone + " LOGIN PASSWORD 'byens-kode'");
            ServerUsers users = new ServerUsers(owner.store());
            Actor it = users.makeOwnerAdministrator("IT Ejer", true);
            users.addUser(it, lone, "Lone Læser", Role.REVIEWER, Set.of(), null, null);
            assertTrue(new ServerLogins(owner.dsl()).hasGroupRole(lone));
        }
        try (Database asLone = server.openAs(lone, "byens-kode")) {
            assertEquals(Role.REVIEWER, new ServerUsers(asLone.store()).signIn().role());
        }
    }

    private static boolean connects(TestServer server, String login, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), login, password)) {
            return c.isValid(2);
        }
    }
}
