package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code user-add}: the first administrator without --user, then further users only as an administrator. */
class UserAddCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command with the passwords a script would put in the environment. */
    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = Cli.create(args, new PrintWriter(out, true), new PrintWriter(err, true));
        UserAddCommand command = cli.getSubcommands().get("user-add").getCommand();
        command.user.passwords = (variable, prompt) -> environment.getOrDefault(variable, "").toCharArray();
        return cli.execute(args);
    }

    @Test
    void theFirstAdministratorThenACoordinatorAddedByIt() {
        DatabaseFile file = DatabaseFile.of(dir.resolve("users").toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
        }
        String db = file.toString();
        assertEquals(Cli.REFUSED, run(Map.of("SIKKERBY_NEW_PASSWORD", "annes-kode"), "--db", db, "user-add",
                "--login", "karen", "--name", "Karen", "--role", "coordinator", "--department", "SOF"));
        assertTrue(err.toString().contains("den første bruger skal være administrator"), err.toString());

        assertEquals(0, run(Map.of("SIKKERBY_NEW_PASSWORD", "annes-kode"), "--db", db, "user-add",
                "--login", "anne", "--name", "Anne Administrator", "--role", "administrator"));
        assertEquals(Cli.REFUSED, run(Map.of("SIKKERBY_PASSWORD", "forkert-kode", "SIKKERBY_NEW_PASSWORD", "karens-kode"),
                "--db", db, "user-add", "--user", "anne", "--login", "karen", "--name", "Karen", "--role", "coordinator",
                "--department", "SOF"));
        assertTrue(err.toString().contains("Forkert brugernavn eller adgangskode."), err.toString());
        assertEquals(0, run(Map.of("SIKKERBY_PASSWORD", "annes-kode", "SIKKERBY_NEW_PASSWORD", "karens-kode"),
                "--db", db, "user-add", "--user", "anne", "--login", "karen", "--name", "Karen Koordinator",
                "--role", "coordinator", "--department", "SOF"));
        assertTrue(out.toString().contains("Brugeren karen (Karen Koordinator, Koordinator) er oprettet."), out.toString());

        try (Database opened = TestDatabase.open(file)) {
            Actor karen = new SignInService(opened.store(), Clock.systemUTC()).signIn("karen", "karens-kode".toCharArray());
            assertEquals(Role.COORDINATOR, karen.role());
            assertEquals(1, karen.departmentIds().size());
        }
    }
}
