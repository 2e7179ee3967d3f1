package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server enforces the rights, not only the app: for every role, raw JDBC under that role's own login
 * tries every forbidden change and the server refuses it, leaving every table as it was; every allowed
 * change, through the app or by hand, leaves its audit row naming the login.
 */
class ServerRightsTest {

    private static final int YEAR = SampleYear.YEAR;
    private static final String PASSWORD = "server-kode";
    private static final List<String> TABLES = List.of("submission", "audit_entry", "submission_comment", "report_year",
            "category", "initiative", "year_initiative", "department", "app_user", "user_department",
            "user_audit_entry", "traffic_light_threshold", "success_criterion", "initiative_predecessor");

    private static TestServer server;
    private static Database owner;
    private static String coordinator;
    private static String reviewer;
    private static String admin;
    /** Sjakket (SOF, the coordinator's department), Idrætssociale Indsatser (KFF), Green Teams (TMF, not started). */
    private static int sof;
    private static int kff;
    private static int tmf;

    @BeforeAll
    static void setUp() {
        server = TestServer.create();
        owner = server.initAsOwner();
        DSLContext dsl = owner.dsl();
        SampleYear.create(dsl);
        String prefix = server.address().database().replace("sikkerby_test_", "u");
        coordinator = prefix + "_karen";
        reviewer = prefix + "_rikke";
        admin = prefix + "_anne";
        int sofDepartment = department("SOF");
        addLogin(coordinator, Role.COORDINATOR, Set.of(sofDepartment));
        addLogin(reviewer, Role.REVIEWER, Set.of());
        addLogin(admin, Role.ADMINISTRATOR, Set.of());
        sof = initiative("Sjakket");
        kff = initiative("Idrætssociale Indsatser");
        tmf = initiative("Green Teams Fritidsjob");
        SubmissionRepository submissions = new SubmissionRepository(dsl);
        submissions.save(YEAR, sof, Score.of(1, 3), RichText.plain("SOF"), RichText.EMPTY, 0);
        submissions.save(YEAR, kff, Score.of(2, 3), RichText.plain("KFF"), RichText.EMPTY, 0);
    }

    @AfterAll
    static void close() {
        owner.close();
    }

    private static void addLogin(String login, Role role, Set<Integer> departments) {
        ServerLogins logins = new ServerLogins(owner.dsl());
        logins.create(login, PASSWORD.toCharArray());
        logins.grantOnly(login, role);
        new UserRepository(owner.dsl()).insert(login, "Person " + login, role, null, departments);
    }

    private static int department(String code) {
        return new YearSetupService(owner.store()).departments().stream().filter(d -> d.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    private static int initiative(String name) {
        return new SubmissionRepository(owner.dsl()).rows(YEAR).stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow().initiativeId();
    }

    static Stream<Arguments> forbidden() {
        String sofRow = "WHERE report_year = 2021 AND initiative_id = (SELECT id FROM initiative WHERE name = 'Sjakket')";
        String kffRow = "WHERE report_year = 2021 AND initiative_id = (SELECT id FROM initiative WHERE name = 'Idrætssociale Indsatser')";
        String tmfId = "(SELECT id FROM initiative WHERE name = 'Green Teams Fritidsjob')";
        List<String> everyone = List.of(
                "DELETE FROM audit_entry",
                "UPDATE audit_entry SET new_value = 'forged'",
                "TRUNCATE audit_entry",
                "TRUNCATE submission CASCADE",
                "DROP TABLE audit_entry",
                "DROP TABLE submission CASCADE",
                "ALTER TABLE submission DISABLE TRIGGER ALL",
                "DELETE FROM submission",
                "DELETE FROM submission_comment",
                "UPDATE submission SET initiative_id = " + tmfId + " " + sofRow,
                "CREATE TABLE shadow (id INTEGER)",
                "GRANT sikkerby_admin TO SESSION_USER",
                "SET ROLE sikkerby_admin",
                "ALTER ROLE SESSION_USER CREATEROLE");
        List<String> setUpAndUsers = List.of(
                "INSERT INTO report_year (report_year, title, note_label) VALUES (2030, 'Bilag 1', 'Note')",
                "UPDATE report_year SET locked = TRUE",
                "UPDATE report_year SET title = 'Et andet bilag'",
                "INSERT INTO department (code, name) VALUES ('SUF', 'Sundheds- og Omsorgsforvaltningen')",
                "INSERT INTO category (report_year, name, position) VALUES (2021, 'NY KATEGORI', 9)",
                "UPDATE initiative SET department_id = (SELECT id FROM department WHERE code = 'KFF')",
                "DELETE FROM year_initiative",
                "UPDATE traffic_light_threshold SET red_max_percent = 1",
                "INSERT INTO traffic_light_threshold (report_year, red_max_percent, green_min_percent) VALUES (2021, 10, 90)",
                "UPDATE app_user SET user_role = 'ADMINISTRATOR' WHERE login = SESSION_USER",
                "INSERT INTO app_user (login, full_name, user_role, created_at) VALUES ('mallory', 'M', 'ADMINISTRATOR', now())",
                "INSERT INTO user_department (user_id, department_id) SELECT u.id, d.id FROM app_user u, department d "
                        + "WHERE u.login = SESSION_USER AND d.code = 'KFF'",
                "DELETE FROM user_department",
                "INSERT INTO initiative_predecessor (initiative_id, predecessor_id, linked_by, linked_at) SELECT a.id, b.id, "
                        + "'x', now() FROM initiative a, initiative b WHERE a.name = 'Sjakket' AND b.name = 'Københavnerteamet'");
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String who : List.of("coordinator", "reviewer", "admin")) {
            everyone.forEach(sql -> cases.add(Arguments.of(who, sql)));
        }
        for (String who : List.of("coordinator", "reviewer")) {
            setUpAndUsers.forEach(sql -> cases.add(Arguments.of(who, sql)));
        }
        // a coordinator: another department's rows, the assessment, the reviewer's moves, unaudited changes
        Stream.of("INSERT INTO success_criterion (report_year, initiative_id, position, criterion_text, marker) VALUES (2021, "
                        + "(SELECT id FROM initiative WHERE name = 'Idrætssociale Indsatser'), 1, 'Et andet mål', 'NEW')",
                "UPDATE submission SET goals_met = 0 " + kffRow,
                "UPDATE submission SET department_note = 'other department' " + kffRow,
                "INSERT INTO submission (report_year, initiative_id, updated_at) VALUES (2021, " + tmfId + ", now())",
                "UPDATE submission SET assessment = '<p>Godkendt</p>' " + sofRow,
                "UPDATE submission SET state = 'APPROVED' " + sofRow,
                "UPDATE submission SET goals_met = 3 " + sofRow,
                "UPDATE submission SET department_note = 'without an audit row' " + sofRow,
                "INSERT INTO submission_comment (report_year, initiative_id, comment_kind, body, author_login, author_name, created_at) "
                        + "SELECT 2021, id, 'ANSWER', 'hej', 'x', 'x', now() FROM initiative WHERE name = 'Idrætssociale Indsatser'")
                .forEach(sql -> cases.add(Arguments.of("coordinator", sql)));
        // the reviewer: the score and the note, a department's moves, unaudited changes
        Stream.of("INSERT INTO success_criterion (report_year, initiative_id, position, criterion_text, marker) VALUES (2021, "
                        + "(SELECT id FROM initiative WHERE name = 'Sjakket'), 1, 'Anmelderens mål', 'NEW')",
                "UPDATE submission SET goals_met = 0 " + sofRow,
                "UPDATE submission SET not_relevant = TRUE, goals_met = NULL, goals_total = NULL " + kffRow,
                "UPDATE submission SET department_note = 'the reviewer wrote this' " + sofRow,
                "UPDATE submission SET state = 'SUBMITTED' " + sofRow,
                "UPDATE submission SET assessment = '<p>without an audit row</p>' " + sofRow)
                .forEach(sql -> cases.add(Arguments.of("reviewer", sql)));
        // the administrator: unaudited changes
        Stream.of("UPDATE submission SET goals_met = 0 " + sofRow,
                "UPDATE submission SET assessment = '<p>without an audit row</p>' " + kffRow)
                .forEach(sql -> cases.add(Arguments.of("admin", sql)));
        return cases.build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forbidden")
    void theServerRefusesAForbiddenChange(String who, String sql) {
        Map<String, String> before = snapshot();
        boolean refused = false;
        try (Connection c = connectAs(login(who))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                int changed = s.executeUpdate(sql);
                c.commit();
                refused = changed == 0;
            } catch (SQLException e) {
                refused = true;
                c.rollback();
            }
        } catch (SQLException e) {
            fail("could not connect as " + who + ": " + e.getMessage());
        }
        assertTrue(refused, who + " was allowed: " + sql);
        assertEquals(before, snapshot(), "nothing changed");
    }

    /** The statements refused above are refused for the role, not for being wrong: the right role may run them. */
    @Test
    void theRightRoleMayWriteCriteriaAndLinks() throws SQLException {
        for (String[] allowed : List.of(
                new String[] {coordinator, "INSERT INTO success_criterion (report_year, initiative_id, position, criterion_text, "
                        + "marker) VALUES (2021, " + sof + ", 1, 'Et eget mål', 'NEW')"},
                new String[] {admin, "INSERT INTO initiative_predecessor (initiative_id, predecessor_id, linked_by, linked_at) "
                        + "SELECT a.id, b.id, 'x', now() FROM initiative a, initiative b "
                        + "WHERE a.name = 'Sjakket' AND b.name = 'Københavnerteamet'"})) {
            try (Connection c = connectAs(allowed[0]); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                assertEquals(1, s.executeUpdate(allowed[1]), allowed[1]);
                c.rollback();
            }
        }
    }

    @Test
    void inALockedYearNobodyChangesASubmission() throws SQLException {
        owner.dsl().execute("UPDATE report_year SET locked = TRUE WHERE report_year = 2021");
        try {
            Map<String, String> before = snapshot();
            for (String who : List.of("coordinator", "reviewer", "admin")) {
                try (Connection c = connectAs(login(who)); Statement s = c.createStatement()) {
                    int changed = s.executeUpdate("UPDATE submission SET version = version + 1 WHERE report_year = 2021");
                    assertEquals(0, changed, who);
                }
            }
            assertEquals(before, snapshot());
        } finally {
            owner.dsl().execute("UPDATE report_year SET locked = FALSE WHERE report_year = 2021");
        }
    }

    @Test
    void everyChangeThroughTheAppLeavesAnAuditRowNamingTheLogin() {
        int auditBefore = new AuditRepository(owner.dsl()).count();
        try (Database asCoordinator = server.openAs(coordinator, PASSWORD);
             Database asReviewer = server.openAs(reviewer, PASSWORD);
             Database asAdmin = server.openAs(admin, PASSWORD)) {
            Actor karen = actor(asCoordinator, coordinator);
            Actor rikke = actor(asReviewer, reviewer);
            Actor anne = actor(asAdmin, admin);
            SubmissionService karens = new SubmissionService(asCoordinator.store());
            int version = current(sof).version();
            Submission saved = karens.save(karen, YEAR, sof, new SubmissionForm("2", "3", false,
                    RichText.plain("Karens note"), null), version);
            assertEquals(Score.of(2, 3), saved.score());
            Submission submitted = dk.sikkerby.indberetning.testsupport.TestServices.workflow(asCoordinator.store()).submit(karen, YEAR, sof, saved.version());
            Submission approved = dk.sikkerby.indberetning.testsupport.TestServices.workflow(asReviewer.store()).approve(rikke, YEAR, sof, submitted.version());
            Submission reopened = dk.sikkerby.indberetning.testsupport.TestServices.workflow(asReviewer.store()).reopen(rikke, YEAR, sof, "Tallet mangler", approved.version());
            new SubmissionService(asReviewer.store()).save(rikke, YEAR, sof, new SubmissionForm("2", "3", false,
                    RichText.plain("Karens note"), RichText.plain("Rikkes vurdering")), reopened.version());
            new SubmissionService(asAdmin.store()).save(anne, YEAR, tmf, new SubmissionForm("1", "1", false,
                    RichText.plain("Anne udfylder"), null), 0);
            new YearSetupService(asAdmin.store()).addCategory(anne, YEAR, "TERTIÆR FOREBYGGELSE");
        }
        List<AuditEntry> sjakket = new AuditRepository(owner.dsl()).forSubmission(YEAR, sof);
        assertTrue(sjakket.stream().anyMatch(e -> e.actorLogin().equals(coordinator) && e.newValue().equals("2/3")));
        assertTrue(sjakket.stream().anyMatch(e -> e.actorLogin().equals(coordinator) && e.newValue().equals("SUBMITTED")));
        assertTrue(sjakket.stream().anyMatch(e -> e.actorLogin().equals(reviewer) && e.newValue().equals("APPROVED")));
        assertTrue(sjakket.stream().anyMatch(e -> e.actorLogin().equals(reviewer) && e.newValue().contains("Rikkes vurdering")));
        assertTrue(new AuditRepository(owner.dsl()).forSubmission(YEAR, tmf).stream()
                .anyMatch(e -> e.actorLogin().equals(admin) && e.newValue().equals("1/1")));
        assertTrue(new AuditRepository(owner.dsl()).count() > auditBefore + 6);
    }

    /**
     * The history orders the trail by id: on the server, where every session would cache its own block of
     * ids (V14 raises the caches for H2's file, V14_1 sets the server's back), ids must follow time across
     * sessions too.
     */
    @Test
    void theTrailOfChangesFromTwoSessionsIsInTheOrderTheyWereMade() {
        try (Database asAdmin = server.openAs(admin, PASSWORD);
             Database asReviewer = server.openAs(reviewer, PASSWORD)) {
            Actor anne = actor(asAdmin, admin);
            Actor rikke = actor(asReviewer, reviewer);
            SubmissionService annes = new SubmissionService(asAdmin.store());
            SubmissionService rikkes = new SubmissionService(asReviewer.store());
            Submission first = annes.save(anne, YEAR, kff, new SubmissionForm("1", "3", false,
                    RichText.plain("Orden 1"), null), current(kff).version());
            Submission second = rikkes.save(rikke, YEAR, kff, new SubmissionForm("1", "3", false,
                    RichText.plain("Orden 1"), RichText.plain("Orden 2")), first.version());
            annes.save(anne, YEAR, kff, new SubmissionForm("2", "3", false,
                    RichText.plain("Orden 3"), null), second.version());
        }
        List<String> made = new AuditRepository(owner.dsl()).forSubmission(YEAR, kff).stream()
                .map(AuditEntry::newValue).filter(v -> v != null && v.contains("Orden")).toList();
        assertEquals(3, made.size(), made::toString);
        assertTrue(made.get(0).contains("Orden 1") && made.get(1).contains("Orden 2") && made.get(2).contains("Orden 3"),
                made::toString);
    }

    @Test
    void aChangeByHandWithItsAuditRowIsAcceptedAndTheRowNamesTheLoginWhateverItClaims() throws SQLException {
        Submission before = current(kff);
        String score = before.score().fraction();
        try (Connection c = connectAs(admin)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE submission SET goals_met = 0, version = version + 1 WHERE report_year = 2021 AND initiative_id = " + kff);
                s.executeUpdate("INSERT INTO audit_entry (report_year, initiative_id, audit_action, field_name, old_value, new_value, "
                        + "actor_login, actor_name, changed_at) VALUES (2021, " + kff + ", 'EDIT', 'SCORE', '" + score
                        + "', '0/3', 'someone-else', 'Someone Else', now())");
            }
            c.commit();
        }
        assertEquals(Score.of(0, 3), current(kff).score());
        AuditEntry last = new AuditRepository(owner.dsl()).forSubmission(YEAR, kff).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(admin, last.actorLogin());
        assertEquals("0/3", last.newValue());
    }

    @Test
    void aLoginThatIsNotAnActiveUserChangesNothing() throws SQLException {
        String stranger = server.address().database().replace("sikkerby_test_", "s") + "_x";
        new ServerLogins(owner.dsl()).create(stranger, PASSWORD.toCharArray());
        new ServerLogins(owner.dsl()).grantOnly(stranger, Role.COORDINATOR);
        Map<String, String> before = snapshot();
        try (Connection c = connectAs(stranger); Statement s = c.createStatement()) {
            assertEquals(0, s.executeUpdate("UPDATE submission SET version = version + 1"));
        }
        assertEquals(before, snapshot());
        assertFalse(new UserRepository(owner.dsl()).findByLogin(stranger).isPresent());
    }

    private static Submission current(int initiativeId) {
        return new SubmissionRepository(owner.dsl()).find(YEAR, initiativeId).orElseThrow();
    }

    private static Actor actor(Database db, String login) {
        return Actor.of(new UserRepository(db.dsl()).findByLogin(login).orElseThrow());
    }

    private static String login(String who) {
        return switch (who) {
            case "coordinator" -> coordinator;
            case "reviewer" -> reviewer;
            default -> admin;
        };
    }

    private static Connection connectAs(String login) throws SQLException {
        return DriverManager.getConnection(server.url(), login, PASSWORD);
    }

    /** A fingerprint of every table's rows, read as the owner. */
    private static Map<String, String> snapshot() {
        Map<String, String> prints = new LinkedHashMap<>();
        for (String table : TABLES) {
            prints.put(table, String.valueOf(owner.dsl().fetchValue(
                    "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM " + table + " t")));
        }
        return prints;
    }
}
