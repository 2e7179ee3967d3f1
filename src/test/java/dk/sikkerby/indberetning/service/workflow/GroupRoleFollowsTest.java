package dk.sikkerby.indberetning.service.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL: an administrator changes a user's role in the app, and the server's group role
 * follows in the same transaction (V13), so the server's rights are the new role's at once; nobody but an
 * administrator can make the server move a group role.
 */
class GroupRoleFollowsTest {

    @Test
    void aRoleChangedByAnAdministratorMovesTheLoginsGroupRoleAndNobodyElseCanMoveOne() throws SQLException {
        TestServer server = TestServer.create();
        String prefix = server.address().database().replace("sikkerby_test_", "g");
        String anne = prefix + "_anne";
        String karen = prefix + "_karen";
        int sof;
        try (Database owner = server.initAsOwner()) {
            SampleYear.create(owner.dsl());
            sof = new DepartmentRepository(owner.dsl()).findByCode("SOF").orElseThrow().id();
            ServerLogins logins = new ServerLogins(owner.dsl());
            logins.create(anne, "annes-kode".toCharArray());
            logins.grantOnly(anne, Role.ADMINISTRATOR);
            logins.create(karen, "karens-kode".toCharArray());
            logins.grantOnly(karen, Role.COORDINATOR);
            UserRepository users = new UserRepository(owner.dsl());
            users.insert(anne, "Anne Administrator", Role.ADMINISTRATOR, null, Set.of());
            users.insert(karen, "Karen Koordinator", Role.COORDINATOR, null, Set.of(sof));
        }
        assertEquals(List.of("sikkerby_coordinator"), groupRoles(server, karen));

        // Karen, a coordinator, cannot make the server give her another group role
        try (Connection c = DriverManager.getConnection(server.url(), karen, "karens-kode");
             Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.execute("SELECT sikkerby_follow_app_role('" + karen + "')"));
            assertEquals("42501", refused.getSQLState());
        }

        try (Database desk = server.openAs(anne, "annes-kode")) {
            Actor admin = new ServerUsers(desk.store()).signIn();
            new UserService(desk.store()).editUser(admin, karen, "Karen Koordinator", Role.REVIEWER, Set.of());
        }
        assertEquals(List.of("sikkerby_reviewer"), groupRoles(server, karen));
        // the server's rights are now a reviewer's: her assessment passes the server's guard at once
        try (Database karens = server.openAs(karen, "karens-kode")) {
            Actor reviewer = new ServerUsers(karens.store()).signIn();
            assertEquals(Role.REVIEWER, reviewer.role());
            SubmissionService submissions = new SubmissionService(karens.store());
            InitiativeRow row = submissions.loadYear(SampleYear.YEAR).rows().get(0);
            submissions.save(reviewer, SampleYear.YEAR, row.initiativeId(),
                    new SubmissionForm("", "", false, null, RichText.plain("Karens vurdering")), row.version());
            assertEquals(RichText.plain("Karens vurdering"),
                    submissions.loadYear(SampleYear.YEAR).rows().get(0).assessment());
        }

        try (Database desk = server.openAs(anne, "annes-kode")) {
            Actor admin = new ServerUsers(desk.store()).signIn();
            new UserService(desk.store()).editUser(admin, karen, "Karen Koordinator", Role.COORDINATOR, Set.of(sof));
        }
        assertEquals(List.of("sikkerby_coordinator"), groupRoles(server, karen));
    }

    private static List<String> groupRoles(TestServer server, String login) {
        try (Database owner = server.openAs(server.owner(), server.ownerPassword())) {
            return owner.dsl().fetch("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                    + " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? AND g.rolname LIKE 'sikkerby\\_%'"
                    + " ORDER BY 1", login).getValues(0, String.class);
        }
    }
}
