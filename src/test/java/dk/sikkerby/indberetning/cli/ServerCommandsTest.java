package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.testsupport.PostgresServer;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line against a real PostgreSQL: {@code server-init} as the database's owner, {@code user-add}
 * creating a person's own server login (or granting one the city has), and each person then signing in
 * with their own login; no password is stored by the app.
 */
class ServerCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = Cli.create(args, new PrintWriter(out, true), new PrintWriter(err, true));
        String name = java.util.Arrays.stream(args).filter(cli.getSubcommands()::containsKey).findFirst().orElseThrow();
        Object command = cli.getSubcommands().get(name).getCommand();
        UserOption user = command instanceof UserCommandBase base ? base.user
                : command instanceof ServerInitCommand init ? init.user : ((YearsCommand) command).user;
        user.passwords = (variable, prompt) -> environment.getOrDefault(variable, "").toCharArray();
        return cli.execute(args);
    }

    @Test
    void itSetsUpTheServerAndEachPersonSignsInWithTheirOwnLogin() throws SQLException {
        TestServer server = TestServer.create();
        String url = server.url();
        Map<String, String> asOwner = Map.of("SIKKERBY_PASSWORD", server.ownerPassword());
        assertEquals(Cli.REFUSED, run(asOwner, "--lang", "en", "--db", url, "server-init"), err.toString());
        assertEquals(0, run(asOwner, "--lang", "en", "--db", url, "server-init", "--user", server.owner(),
                "--name", "IT Afdelingen"), err.toString());
        assertTrue(out.toString().contains("is set up. " + server.owner() + " is an administrator"), out.toString());
        assertEquals(0, run(asOwner, "--lang", "en", "--db", url, "server-init", "--user", server.owner()),
                "a second run only brings the schema up to date: " + err);
        try (Database owner = server.openAs(server.owner(), server.ownerPassword())) {
            SampleYear.create(owner.dsl());
        }

        String karen = server.address().database().replace("sikkerby_test_", "c") + "_karen";
        assertEquals(0, run(Map.of("SIKKERBY_PASSWORD", server.ownerPassword(), "SIKKERBY_NEW_PASSWORD", "karens-kode"),
                "--lang", "en", "--db", url, "user-add", "--user", server.owner(), "--login", karen,
                "--name", "Karen Koordinator", "--role", "coordinator", "--department", "SOF"), err.toString());
        String rikke = server.address().database().replace("sikkerby_test_", "r") + "_rikke";
        PostgresServer.asSuperuser("CREATE ROLE " + rikke + " LOGIN PASSWORD 'rikkes-kode'");
        assertEquals(0, run(Map.of("SIKKERBY_PASSWORD", server.ownerPassword()), "--lang", "en", "--db", url,
                "user-add", "--user", server.owner(), "--login", rikke, "--name", "Rikke Reviewer", "--role", "reviewer",
                "--existing-login"), err.toString());

        try (Database owner = server.openAs(server.owner(), server.ownerPassword())) {
            User k = new UserRepository(owner.dsl()).findByLogin(karen).orElseThrow();
            assertEquals(Role.COORDINATOR, k.role());
            assertEquals(1, k.departmentIds().size());
            assertFalse(new UserRepository(owner.dsl()).passwordHash(karen).isPresent(), "no password stored by the app");
            assertEquals(Role.REVIEWER, new UserRepository(owner.dsl()).findByLogin(rikke).orElseThrow().role());
        }
        DriverManager.getConnection(url, karen, "karens-kode").close();

        assertEquals(0, run(Map.of("SIKKERBY_PASSWORD", "karens-kode"), "--lang", "en", "--db", url, "years",
                "--user", karen), err.toString());
        assertTrue(out.toString().contains("2021"), out.toString());
        assertEquals(Cli.REFUSED, run(Map.of("SIKKERBY_PASSWORD", "karens-kode", "SIKKERBY_NEW_PASSWORD", "x-kode-123"),
                "--lang", "en", "--db", url, "user-add", "--user", karen, "--login", "mallory", "--name", "M",
                "--role", "administrator"));
        assertEquals(Cli.REFUSED, run(Map.of("SIKKERBY_PASSWORD", "karens-kode", "SIKKERBY_NEW_PASSWORD", "ny-kode-123"),
                "--lang", "en", "--db", url, "user-password", "--user", karen));
        assertTrue(err.toString().contains("the server keeps the passwords"), err.toString());
        assertEquals(Cli.REFUSED, run(Map.of(), "--lang", "en", "--db", url, "years"));
        assertTrue(err.toString().contains("give --user LOGIN"), err.toString());
    }

    @Test
    void aWrongPasswordAnUnknownServerAndABadAddressAreToldInOneSentence() {
        TestServer server = TestServer.create();
        Map<String, String> wrong = Map.of("SIKKERBY_PASSWORD", "forkert");
        assertEquals(Cli.DATABASE, run(wrong, "--lang", "en", "--db", server.url(), "server-init", "--user", server.owner()));
        assertTrue(err.toString().contains("refused the login or password"), err.toString());
        assertEquals(Cli.DATABASE, run(Map.of("SIKKERBY_PASSWORD", server.ownerPassword()), "--lang", "en", "--db",
                server.url(), "years", "--user", server.owner()));
        assertTrue(err.toString().contains("IT must run server-init once"), err.toString());
        assertEquals(Cli.DATABASE, run(wrong, "--lang", "en", "--db", "jdbc:postgresql://localhost:1/nothing",
                "years", "--user", "karen"));
        assertTrue(err.toString().contains("does not answer"), err.toString());
        assertEquals(Cli.REFUSED, run(wrong, "--lang", "en", "--db", "jdbc:postgresql:/broken", "years", "--user", "karen"));
        assertTrue(err.toString().contains("is not a server address"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
