package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.ServerCopy;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code move-to-server}: the 2021 data, its users, states, comments and audit arrive whole on a real
 * PostgreSQL, the file is not changed by a single byte, and a second move into the same database is
 * refused with a clear message.
 */
class MoveToServerTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = Cli.create(args, new PrintWriter(out, true), new PrintWriter(err, true));
        String name = java.util.Arrays.stream(args).filter(cli.getSubcommands()::containsKey).findFirst().orElseThrow();
        Object command = cli.getSubcommands().get(name).getCommand();
        UserOption user = command instanceof MoveToServerCommand move ? move.user : ((UserCommandBase) command).user;
        user.passwords = (variable, prompt) -> environment.getOrDefault(variable, "").toCharArray();
        return cli.execute(args);
    }

    @Test
    void the2021FileArrivesWholeAndASecondMoveIsRefused() throws Exception {
        TestServer server = TestServer.create();
        // logins are cluster-wide: a name of this test's own
        String karenLogin = server.address().database().replace("sikkerby_test_", "m") + "_karen";
        DatabaseFile file = DatabaseFile.of(dir.resolve("sikkerby").toString());
        try (Database db = TestDatabase.open(file)) {
            new ImportService(db.store()).run(SetUpActor.named("Opsætning"), Sample2021.path(),
                    new ImportRequest(Optional.empty(), false, false), Progress.NONE);
            UserService users = new UserService(db.store());
            SignInService signIn = new SignInService(db.store(), Clock.systemUTC());
            Actor anne = signIn.createFirstAdministrator("anne", "Anne Administrator", "annes-kode".toCharArray(),
                    "annes-kode".toCharArray());
            int sof = new YearSetupService(db.store()).departments().stream().filter(d -> d.code().equals("SOF"))
                    .findFirst().orElseThrow().id();
            users.createUser(anne, karenLogin, "Karen Koordinator", Role.COORDINATOR, Set.of(sof),
                    "karens-kode".toCharArray(), "karens-kode".toCharArray());
            Actor karen = signIn.signIn(karenLogin, "karens-kode".toCharArray());
            SubmissionService submissions = new SubmissionService(db.store());
            InitiativeRow row = submissions.loadYear(2021).rows().stream().filter(r -> r.department().id() == sof)
                    .findFirst().orElseThrow();
            var saved = submissions.save(karen, 2021, row.initiativeId(), new SubmissionForm("1", "2", false,
                    RichText.plain("Flyttes med"), row.assessment()), row.version());
            dk.sikkerby.indberetning.testsupport.TestServices.workflow(db.store()).submit(karen, 2021, row.initiativeId(), saved.version());
        }
        byte[] before = sha256(file.mvFile());

        Map<String, String> asOwner = Map.of("SIKKERBY_PASSWORD", server.ownerPassword());
        assertEquals(0, run(asOwner, "--lang", "en", "move-to-server", "--from", file.toString(), "--db", server.url(),
                "--user", server.owner()), err.toString());
        assertTrue(out.toString().contains("1 years; the counts and each year's export are the same"), out.toString());
        assertTrue(out.toString().contains(karenLogin + " (Karen Koordinator, Coordinator)"), out.toString());
        assertTrue(out.toString().contains("anne (Anne Administrator, Administrator)"), out.toString());
        assertArrayEquals(before, sha256(file.mvFile()), "the file is not changed");

        try (Database source = Database.openReadOnly(file); Database owner = server.openAs(server.owner(), server.ownerPassword())) {
            Map<String, Integer> fileCounts = ServerCopy.counts(source);
            Map<String, Integer> serverCounts = ServerCopy.counts(owner);
            // the owner, made administrator beside the moved users, with its history
            assertEquals(fileCounts.get("app_user") + 1, serverCounts.get("app_user"));
            assertTrue(serverCounts.get("user_audit_entry") > fileCounts.get("user_audit_entry"));
            for (String added : new String[] {"app_user", "user_audit_entry"}) {
                fileCounts.remove(added);
                serverCounts.remove(added);
            }
            assertEquals(fileCounts, serverCounts);
            assertTrue(fileCounts.get("submission") >= 25 && fileCounts.get("audit_entry") >= 4, fileCounts.toString());
            // the import's account row (decision 1905) arrives with the run it names: every history reads the same
            for (InitiativeRow moved : new SubmissionService(source.store()).loadYear(2021).rows()) {
                assertEquals(history(source, moved.initiativeId()), history(owner, moved.initiativeId()), moved.name());
                assertTrue(history(owner, moved.initiativeId()).stream().anyMatch(h -> h.startsWith("IMPORT")
                        || h.startsWith("STATE_CHANGE STATE NOT_STARTED")), moved.name());
            }
            assertEquals(source.identity(), owner.identity(), "workbooks sent out from the file still belong");
            assertEquals(new SubmissionService(source.store()).loadYear(2021).rows().size(),
                    new SubmissionService(owner.store()).loadYear(2021).rows().size());
        }
        assertArrayEquals(before, sha256(file.mvFile()));

        out.getBuffer().setLength(0);
        assertEquals(Cli.REFUSED, run(asOwner, "--lang", "en", "move-to-server", "--from", file.toString(),
                "--db", server.url(), "--user", server.owner()));
        assertTrue(err.toString().contains("already has data; a file is moved only into an empty database"), err.toString());

        // the moved user gets a server login, and with it the rights and departments moved from the file
        assertEquals(0, run(Map.of("SIKKERBY_PASSWORD", server.ownerPassword(), "SIKKERBY_NEW_PASSWORD", "karens-server-kode"),
                    "--lang", "en", "--db", server.url(), "user-add", "--user", server.owner(), "--login", karenLogin,
                    "--name", "Karen Koordinator", "--role", "coordinator", "--department", "SOF"), err.toString());
        try (Database asKaren = server.openAs(karenLogin, "karens-server-kode")) {
            Actor karen = new ServerUsers(asKaren.store()).signIn();
            assertEquals(Role.COORDINATOR, karen.role());
            assertEquals(1, karen.departmentIds().size());
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    private static java.util.List<String> history(Database db, int initiativeId) {
        return new dk.sikkerby.indberetning.persistence.AuditRepository(db.dsl()).forSubmission(2021, initiativeId).stream()
                .map(e -> e.action() + " " + e.field() + " " + e.oldValue() + " -> " + e.newValue() + " by "
                        + e.actorLogin() + " at " + e.changedAt().toInstant())
                .toList();
    }
}
