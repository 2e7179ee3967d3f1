package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code users}, {@code user-edit}, {@code user-deactivate}, {@code user-reactivate} and {@code user-password}. */
class UserCommandsTest {

    private static final Map<String, String> ANNE = Map.of("SIKKERBY_PASSWORD", "annes-kode");
    private static final Map<String, String> KAREN = Map.of("SIKKERBY_PASSWORD", "karens-kode");

    @TempDir
    Path dir;
    private DatabaseFile file;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void createUsers() {
        file = DatabaseFile.of(dir.resolve("users").toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
            UserService users = new UserService(db.store());
            SignInService signIn = new SignInService(db.store(), Clock.systemUTC());
            Actor anne = signIn.createFirstAdministrator("anne", "Anne Administrator", "annes-kode".toCharArray(),
                    "annes-kode".toCharArray());
            int sof = new YearSetupService(db.store()).departments().stream().filter(d -> d.code().equals("SOF"))
                    .findFirst().orElseThrow().id();
            users.createUser(anne, "karen", "Karen Koordinator", Role.COORDINATOR, Set.of(sof),
                    "karens-kode".toCharArray(), "karens-kode".toCharArray());
        }
    }

    /** Runs a command with the passwords a script would put in the environment. */
    private int run(Map<String, String> environment, String... args) {
        return run((variable, prompt) -> environment.getOrDefault(variable, "").toCharArray(), args);
    }

    private int run(PasswordSource passwords, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CommandLine cli = Cli.create(all, new PrintWriter(out, true), new PrintWriter(err, true));
        cli.getSubcommands().values().stream().map(CommandLine::getCommand)
                .filter(c -> c instanceof UserCommandBase).forEach(c -> ((UserCommandBase) c).user.passwords = passwords);
        return cli.execute(all);
    }

    private static Map<String, String> with(Map<String, String> signIn, String newPassword) {
        return Map.of("SIKKERBY_PASSWORD", signIn.get("SIKKERBY_PASSWORD"), "SIKKERBY_NEW_PASSWORD", newPassword);
    }

    private User user(String login) {
        try (Database db = TestDatabase.open(file)) {
            return new UserService(db.store()).users().stream().filter(u -> u.login().equals(login))
                    .findFirst().orElseThrow();
        }
    }

    private Actor signIn(String login, String password) {
        try (Database db = TestDatabase.open(file)) {
            return new SignInService(db.store(), Clock.systemUTC()).signIn(login, password.toCharArray());
        }
    }

    @Test
    void usersListsEveryoneWithRoleDepartmentsAndState() {
        assertEquals(0, run(Map.of(), "users"));
        assertEquals(List.of("Brugernavn\tFulde navn\tRolle\tForvaltninger\tStatus",
                "anne\tAnne Administrator\tAdministrator\t–\tAktiv",
                "karen\tKaren Koordinator\tKoordinator\tSOF\tAktiv"), out.toString().lines().toList());
    }

    @Test
    void userEditChangesOnlyWhatIsGivenAndKeepsACoordinatorsDepartment() {
        assertEquals(0, run(ANNE, "user-edit", "--user", "anne", "--login", "karen", "--department", "KFF",
                "--department", "tmf"));
        assertEquals("Brugeren karen er rettet: Karen Koordinator, Koordinator. Forvaltninger: KFF, TMF.",
                out.toString().strip());
        assertEquals(2, signIn("karen", "karens-kode").departmentIds().size());

        assertEquals(0, run(ANNE, "user-edit", "--user", "anne", "--login", "karen", "--name", "Karen Hansen"));
        assertEquals("Karen Hansen", user("karen").fullName());
        assertEquals(2, user("karen").departmentIds().size(), "departments not given stay");

        assertEquals(Cli.REFUSED, run(ANNE, "user-edit", "--user", "anne", "--login", "karen", "--department", "XYZ"));
        assertEquals("Forvaltningen „XYZ\" findes ikke.", err.toString().strip());
        assertEquals(Cli.REFUSED, run(ANNE, "user-edit", "--user", "anne", "--login", "anne", "--role", "reviewer"));
        assertTrue(err.toString().startsWith("anne er den sidste aktive administrator"), err.toString());
        assertEquals(Cli.REFUSED, run(KAREN, "user-edit", "--user", "karen", "--login", "karen", "--role",
                "administrator"));
        assertEquals("Din rolle, Koordinator, giver ikke lov til at administrere brugere.", err.toString().strip());
        assertEquals(Role.COORDINATOR, user("karen").role());

        assertEquals(Cli.USAGE, run(ANNE, "user-edit", "--user", "anne", "--login", "karen"));
        assertTrue(err.toString().contains("Angiv mindst én af --name, --role og --department."), err.toString());
        assertEquals(Cli.USAGE, run(ANNE, "user-edit", "--user", "anne"));
    }

    @Test
    void userDeactivateStopsTheSignInAndUserReactivateAllowsItAgain() {
        assertEquals(0, run(ANNE, "user-deactivate", "--user", "anne", "--login", "karen"));
        assertEquals("Brugeren karen er deaktiveret.", out.toString().strip());
        assertEquals("signin.error.deactivated", assertThrows(UserFacingException.class,
                () -> signIn("karen", "karens-kode")).key());
        assertEquals(Cli.REFUSED, run(KAREN, "user-password", "--user", "karen"));
        assertEquals("Din bruger er deaktiveret. Kontakt en administrator, hvis du skal bruge den igen.",
                err.toString().strip());
        assertEquals(0, run(Map.of(), "users"));
        assertTrue(out.toString().contains("karen\tKaren Koordinator\tKoordinator\tSOF\tDeaktiveret"), out.toString());

        assertEquals(Cli.REFUSED, run(ANNE, "user-deactivate", "--user", "anne", "--login", "anne"));
        assertTrue(err.toString().startsWith("anne er den sidste aktive administrator"), err.toString());
        assertEquals(Cli.REFUSED, run(Map.of(), "user-deactivate", "--login", "karen"));
        assertEquals("Angiv, hvem du er, med --user.", err.toString().strip());
        assertEquals(Cli.USAGE, run(ANNE, "user-deactivate", "--user", "anne"));

        assertEquals(0, run(ANNE, "user-reactivate", "--user", "anne", "--login", "karen"));
        assertEquals("Brugeren karen er genaktiveret.", out.toString().strip());
        assertEquals("karen", signIn("karen", "karens-kode").login());
        assertEquals(Cli.REFUSED, run(ANNE, "user-reactivate", "--user", "anne", "--login", "karen"));
        assertEquals("Brugeren karen er allerede aktiv.", err.toString().strip());
    }

    @Test
    void userPasswordChangesTheOwnPasswordOrResetsAnothersAsAdministrator() {
        assertEquals(0, run(with(KAREN, "karens-nye-kode"), "user-password", "--user", "karen"));
        assertEquals("Adgangskoden til karen er skiftet.", out.toString().strip());
        assertEquals("karen", signIn("karen", "karens-nye-kode").login());

        assertEquals(Cli.REFUSED, run(with(Map.of("SIKKERBY_PASSWORD", "karens-nye-kode"), "kort"), "user-password",
                "--user", "karen"));
        assertEquals("Adgangskoden skal være mindst 8 tegn.", err.toString().strip());
        assertEquals(Cli.REFUSED, run(with(Map.of("SIKKERBY_PASSWORD", "karens-nye-kode"), "overtaget"),
                "user-password", "--user", "karen", "--login", "anne"));
        assertEquals("Din rolle, Koordinator, giver ikke lov til at administrere brugere.", err.toString().strip());
        assertEquals("anne", signIn("anne", "annes-kode").login(), "a coordinator cannot take over a password");

        assertEquals(0, run(with(ANNE, "glemt-og-ny"), "user-password", "--user", "anne", "--login", "Karen"));
        assertEquals("Adgangskoden til karen er nulstillet.", out.toString().strip());
        assertEquals("karen", signIn("karen", "glemt-og-ny").login());
        assertEquals("signin.error.wrong", assertThrows(UserFacingException.class,
                () -> signIn("karen", "karens-nye-kode")).key());
    }

    @Test
    void aNewPasswordTypedAtTheConsoleMustBeTypedTheSameTwice() {
        Deque<String> typed = new ArrayDeque<>(List.of("annes-kode", "ny-kode-123", "ny-kode-124"));
        assertEquals(Cli.REFUSED, run((variable, prompt) -> typed.pop().toCharArray(), "user-password", "--user",
                "anne"));
        assertEquals("De to adgangskoder er ikke ens.", err.toString().strip());
        assertEquals("anne", signIn("anne", "annes-kode").login());
        assertFalse(typed.iterator().hasNext(), "asked for the current password, the new one and its repetition");
    }
}
