package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.CliRun;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands that write or export act as a user (decision 0506): on a database without users as the
 * built-in set-up actor, so a fresh installation can import at once; once users exist only with
 * {@code --user} and the right password, and then with that user's rights.
 */
class CommandUserTest {

    private static final String FILE = Sample2021.path().toString();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    /** Runs a command as a script does, with {@code password} where SIKKERBY_PASSWORD would be (null: not set). */
    private Run run(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        CommandLine cli = Cli.create(all, new PrintWriter(out, true), new PrintWriter(err, true));
        UserOption user = (UserOption) cli.getSubcommands().get(args[0]).getMixins().get("user");
        user.passwords = (variable, prompt) -> {
            assertEquals("SIKKERBY_PASSWORD", variable);
            if (password == null) {
                throw new UserFacingException("cli.error.noPassword", variable);
            }
            return password.toCharArray();
        };
        int status = cli.execute(all);
        return new Run(status, out.toString(), err.toString());
    }

    private <T> T withDatabase(Function<Database, T> work) {
        try (Database database = TestDatabase.open(DatabaseFile.of(dir.resolve("db").toString()))) {
            return work.apply(database);
        }
    }

    /** Anne (administrator), Rikke (reviewer) and Karen (SOF's coordinator), after the first import. */
    private void addUsers() {
        withDatabase(db -> {
            UserService users = new UserService(db.store());
            SignInService signIn = new SignInService(db.store(), Clock.systemUTC());
            Actor anne = signIn.createFirstAdministrator("anne", "Anne Administrator", "annes-kode".toCharArray(),
                    "annes-kode".toCharArray());
            users.createUser(anne, "rikke", "Rikke Reviewer", Role.REVIEWER, Set.of(), "rikkes-kode".toCharArray(),
                    "rikkes-kode".toCharArray());
            int sof = new YearSetupService(db.store()).departments().stream().filter(d -> d.code().equals("SOF"))
                    .findFirst().orElseThrow().id();
            users.createUser(anne, "karen", "Karen Koordinator", Role.COORDINATOR, Set.of(sof),
                    "karens-kode".toCharArray(), "karens-kode".toCharArray());
            return null;
        });
    }

    private List<AuditEntry> sjakketTrail() {
        return withDatabase(db -> {
            int id = new SubmissionService(db.store()).loadYear(2021).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow().initiativeId();
            return new AuditRepository(db.dsl()).forSubmission(2021, id);
        });
    }

    /** Only {@code init} creates a database; every other command refuses a missing file. */
    @BeforeEach
    void createTheDatabase() {
        assertEquals(0, CliRun.on(dir.resolve("db"), "init").status());
    }

    @Test
    void aFreshDatabaseWithoutUsersImportsWithoutUserAsTheSetUpActor() {
        Run imported = run(null, "import", FILE);

        assertEquals(0, imported.status(), imported.err());
        assertTrue(sjakketTrail().stream().allMatch(e -> e.actorLogin().equals(SetUpActor.LOGIN)
                && e.actorName().equals("Set-up (command line, before there were users)")));
        Run named = run("whatever", "import", "--user", "anne", FILE);
        assertEquals(Cli.REFUSED, named.status());
        assertEquals("The database has no users yet, so there is no anne to sign in as. Run the command without --user, "
                + "or first create an administrator with user-add.", named.err().strip());
    }

    @Test
    void onceUsersExistImportNeedsUserAndTheRightPassword() {
        assertEquals(0, run(null, "import", FILE).status());
        addUsers();
        Path changed = dir.resolve("changed.txt");
        write(changed, readFile().replace("\t10/10\t", "\t9/10\t"));
        int trail = sjakketTrail().size();

        Run without = run(null, "import", changed.toString(), "--replace");
        assertEquals(Cli.REFUSED, without.status());
        assertEquals("The database has users: say who you are with --user LOGIN (the password is read from "
                + "SIKKERBY_PASSWORD or asked for).", without.err().strip());
        Run wrong = run("forkert-kode", "import", "--user", "anne", changed.toString(), "--replace");
        assertEquals(Cli.REFUSED, wrong.status());
        assertEquals("Wrong login or password.", wrong.err().strip());
        Run coordinator = run("karens-kode", "import", "--user", "karen", changed.toString(), "--replace");
        assertEquals(Cli.REFUSED, coordinator.status());
        assertEquals("Your role, Coordinator, does not allow you to import an old appendix.", coordinator.err().strip());
        assertEquals(trail, sjakketTrail().size(), "nothing was written");

        Run anne = run("annes-kode", "import", "--user", "anne", changed.toString(), "--replace");
        assertEquals(0, anne.status(), anne.err());
        AuditEntry last = sjakketTrail().get(trail);
        assertEquals(List.of("anne", "10/10", "9/10"), List.of(last.actorLogin(), last.oldValue(), last.newValue()));
    }

    @Test
    void exportAndTemplatesNeedAUserWhoMayDoThem() {
        assertEquals(0, run(null, "import", FILE).status());
        addUsers();
        Path file = dir.resolve("bilag.xlsx");

        assertEquals(Cli.REFUSED, run(null, "export", "--year", "2021", "--out", file.toString()).status());
        Run coordinator = run("karens-kode", "export", "--year", "2021", "--out", file.toString(), "--user", "karen");
        assertEquals("Your role, Coordinator, does not allow you to export.", coordinator.err().strip());
        assertFalse(Files.exists(file));
        assertEquals(0, run("rikkes-kode", "export", "--year", "2021", "--out", file.toString(), "--user", "rikke").status());
        assertTrue(Files.exists(file));

        Path folder = dir.resolve("ud");
        Run karen = run("karens-kode", "template", "--year", "2021", "--out", folder.toString(), "--user", "karen");
        assertEquals("Your role, Coordinator, does not allow you to make the departments' workbooks.", karen.err().strip());
        assertFalse(Files.exists(folder));
        createFolder(folder);
        Run rikke = run("rikkes-kode", "template", "--year", "2021", "--department", "SOF",
                "--out", folder.resolve("SOF.xlsx").toString(), "--user", "rikke");
        assertEquals(0, rikke.status(), rikke.err());
        Run returned = run(null, "import-return", folder.resolve("SOF.xlsx").toString());
        assertEquals(Cli.REFUSED, returned.status());
        assertTrue(returned.err().startsWith("The database has users: say who you are with --user LOGIN"), returned.err());
        assertEquals(List.of(2021), withDatabase(db -> new SubmissionService(db.store()).years().stream()
                .map(YearSummary::year).map(y -> y.year()).toList()));
    }

    private static String readFile() {
        try {
            return Files.readString(Path.of(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
