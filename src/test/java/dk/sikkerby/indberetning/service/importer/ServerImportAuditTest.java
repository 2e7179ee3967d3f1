package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.ImportAccount;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decision 1905 on the server: an import through the app under an administrator's own login is accepted
 * by the commit check of decision 1400 with one account row for its new submissions, and that row names the
 * login; the check still refuses a new submission that no account of the same transaction covers.
 */
class ServerImportAuditTest {

    private static final String PASSWORD = "server-kode";
    private static final String SHA = "cd".repeat(32);

    private TestServer server;
    private Database owner;
    private String admin;

    @BeforeEach
    void setUp() {
        server = TestServer.create();
        owner = server.initAsOwner();
        admin = server.address().database().replace("sikkerby_test_", "i") + "_anne";
        ServerLogins logins = new ServerLogins(owner.dsl());
        logins.create(admin, PASSWORD.toCharArray());
        logins.grantOnly(admin, Role.ADMINISTRATOR);
        new UserRepository(owner.dsl()).insert(admin, "Anne Admin", Role.ADMINISTRATOR, null, Set.of());
    }

    @AfterEach
    void close() {
        owner.close();
    }

    @Test
    void anImportUnderAnAdministratorsLoginIsAcceptedAndItsAccountNamesTheLogin() {
        try (Database asAdmin = server.openAs(admin, PASSWORD)) {
            Actor anne = Actor.of(new UserRepository(asAdmin.dsl()).findByLogin(admin).orElseThrow());
            ImportResult result = new ImportService(asAdmin.store()).run(anne, AppendixFile.path(),
                    new ImportRequest(Optional.empty(), false, false), Progress.NONE);
            assertEquals(Outcome.IMPORTED, result.outcome());
        }
        AuditRepository audit = new AuditRepository(owner.dsl());
        assertEquals(1, audit.count());
        AuditEntry account = audit.importAccounts(2021).get(0);
        assertEquals(admin, account.actorLogin());
        List<InitiativeRow> rows = new SubmissionService(owner.store()).loadYear(2021).rows();
        assertEquals(25, ImportAccount.parse(account.newValue()).orElseThrow().count());
        for (InitiativeRow row : rows) {
            List<AuditEntry> trail = audit.forSubmission(2021, row.initiativeId());
            assertTrue(trail.stream().anyMatch(e -> e.field() == AuditField.STATE && e.newValue().equals("DRAFT")),
                    row.name());
            assertTrue(trail.stream().allMatch(e -> e.actorLogin().equals(admin)), row.name());
            if (!row.departmentNote().isEmpty()) {
                assertTrue(trail.stream().anyMatch(e -> e.action() == AuditAction.IMPORT
                        && e.field() == AuditField.DEPARTMENT_NOTE
                        && e.newValue().equals(row.departmentNote().toStorage())), row.name());
            }
        }
    }

    @Test
    void aNewSubmissionNoAccountOfItsTransactionCoversIsRefusedAndAFullAccountIsAccepted() throws SQLException {
        importThroughTheApp();
        long earlierRun = number("SELECT max(id) FROM import_run");
        int fresh = (int) number("INSERT INTO initiative (name, department_id) SELECT 'Ny indsats', "
                + "min(id) FROM department RETURNING id");
        owner.dsl().execute("INSERT INTO year_initiative (report_year, initiative_id, category_id, position) "
                + "SELECT 2021, " + fresh + ", min(id), 99 FROM category WHERE report_year = 2021");
        int auditRows = new AuditRepository(owner.dsl()).count();

        assertFalse(commits(fresh, null, Optional.empty(), null), "a new submission without any audit");
        assertFalse(commits(fresh, "earlier", Optional.of(account(earlierRun, SHA, fresh)), null),
                "an account naming a run stored earlier, not in this transaction");
        assertFalse(commits(fresh, "this", Optional.of(account(-1, SHA, fresh + 1)), null),
                "an account that does not list the initiative");
        assertFalse(commits(fresh, "this", Optional.of(account(-1, "ef".repeat(32), fresh)), null),
                "an account whose file digest is not the run's");
        assertFalse(commits(fresh, "this", Optional.of(account(-1, SHA, fresh)),
                "UPDATE submission SET department_note = 'changed afterwards', version = version + 1 "
                        + "WHERE initiative_id = " + fresh), "a change after the import without its audit row");
        assertEquals(0, number("SELECT count(*) FROM submission WHERE initiative_id = " + fresh));
        assertEquals(auditRows, new AuditRepository(owner.dsl()).count(), "nothing of the refused ones was kept");

        assertTrue(commits(fresh, "this", Optional.of(account(-1, SHA, fresh)), null), "a complete account");
        List<AuditEntry> trail = new AuditRepository(owner.dsl()).forSubmission(2021, fresh);
        assertEquals(List.of("SCORE  -> 1/2 by " + admin, "DEPARTMENT_NOTE  -> <p>Ny</p> by " + admin,
                "STATE NOT_STARTED -> DRAFT by " + admin),
                trail.stream().map(e -> e.field() + " " + e.oldValue() + " -> " + e.newValue() + " by " + e.actorLogin())
                        .toList());
    }

    private void importThroughTheApp() {
        try (Database asAdmin = server.openAs(admin, PASSWORD)) {
            Actor anne = Actor.of(new UserRepository(asAdmin.dsl()).findByLogin(admin).orElseThrow());
            new ImportService(asAdmin.store()).run(anne, AppendixFile.path(),
                    new ImportRequest(Optional.empty(), false, false), Progress.NONE);
        }
    }

    /** An account's value; a run id of -1 stands for the run stored in the same transaction. */
    private static String account(long run, String sha, int initiative) {
        return ImportAccount.of(run, sha, "hand.txt", List.of(initiative)).get(0).auditValue();
    }

    /**
     * Writes by hand, as the administrator, a new submission of {@code initiative} and, if {@code run} is
     * "this", an import run with its log of that submission ("earlier": the log names the earlier run), the
     * account row if any, and a last statement if any; returns whether the commit was accepted.
     */
    private boolean commits(int initiative, String run, Optional<String> account, String last) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), admin, PASSWORD)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long submission = single(s, "INSERT INTO submission (report_year, initiative_id, goals_met, goals_total, "
                        + "department_note, state, updated_at) VALUES (2021, " + initiative + ", 1, 2, '<p>Ny</p>', 'DRAFT', "
                        + "now()) RETURNING id");
                long runId = -1;
                if ("this".equals(run)) {
                    runId = single(s, "INSERT INTO import_run (report_year, file_name, file_sha256, encoding, replaced, "
                            + "imported_at) VALUES (2021, 'hand.txt', '" + SHA + "', 'UTF_8', FALSE, now()) RETURNING id");
                } else if ("earlier".equals(run)) {
                    runId = single(s, "SELECT max(id) FROM import_run");
                }
                if (runId >= 0) {
                    s.executeUpdate("INSERT INTO imported_submission (submission_id, import_id, version) VALUES ("
                            + submission + ", " + runId + ", 1)");
                }
                if (account.isPresent()) {
                    String value = account.get().replace("import -1\n", "import " + runId + "\n");
                    s.executeUpdate("INSERT INTO audit_entry (report_year, initiative_id, audit_action, field_name, "
                            + "old_value, new_value, actor_login, actor_name, changed_at) VALUES (2021, NULL, 'IMPORT', "
                            + "'IMPORT_RUN', NULL, '" + value + "', 'someone-else', 'Someone Else', now())");
                }
                if (last != null) {
                    s.executeUpdate(last);
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                assertTrue(e.getMessage().contains("has no audit row"), e::getMessage);
                return false;
            }
        }
    }

    private long number(String sql) {
        return ((Number) owner.dsl().fetchValue(sql)).longValue();
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
