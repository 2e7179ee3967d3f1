package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.testsupport.PostgresServer;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A server set up by an older version of the app (migrated up to V12 only): the command line refuses it in
 * one sentence naming server-init and changes nothing; server-init, run again as the owner, brings it to
 * this version (V13) and can be run once more without changing anything.
 */
class OlderServerUpgradeTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String password, String... args) {
        CommandLine cli = Cli.create(args, new PrintWriter(out, true), new PrintWriter(err, true));
        String name = java.util.Arrays.stream(args).filter(cli.getSubcommands()::containsKey).findFirst().orElseThrow();
        Object command = cli.getSubcommands().get(name).getCommand();
        UserOption user = command instanceof ServerInitCommand init ? init.user : ((YearsCommand) command).user;
        user.passwords = (variable, prompt) -> Map.of("SIKKERBY_PASSWORD", password).getOrDefault(variable, "")
                .toCharArray();
        return cli.execute(args);
    }

    @Test
    void aServerOfAnOlderVersionIsRefusedNamingServerInitWhichUpgradesItTwiceOver() throws Exception {
        TestServer server = TestServer.create();
        server.initAsOwnerUpTo("12");
        String url = server.url();
        assertEquals(0, migrations(server, "13"), "set up as an older version: V12 and no V13");

        assertEquals(Cli.DATABASE, run(server.ownerPassword(), "--lang", "en", "--db", url, "years", "--user",
                server.owner()));
        assertEquals("The database " + url + " was set up by an older version of the program: IT must run server-init"
                + " --db " + url + " --user OWNER with this version (as the database's owner) before it can be used;"
                + " nothing has been changed.", err.toString().strip());
        assertEquals(0, migrations(server, "13"), "opening changed nothing");

        assertEquals(0, run(server.ownerPassword(), "--lang", "en", "--db", url, "server-init", "--user",
                server.owner(), "--name", "IT Afdelingen"), err.toString());
        assertEquals(1, migrations(server, "13"), "server-init brought it to V13");
        assertEquals(0, run(server.ownerPassword(), "--lang", "en", "--db", url, "server-init", "--user",
                server.owner()), "a second run changes nothing and succeeds: " + err);
        assertEquals(1, migrations(server, "13"));
        try (Database owner = server.openAs(server.owner(), server.ownerPassword())) {
            assertEquals(1, new UserRepository(owner.dsl()).count(), "the owner is the one administrator, once");
            assertEquals("IT Afdelingen", new UserRepository(owner.dsl()).findByLogin(server.owner()).orElseThrow()
                    .fullName(), "the second run changed no user");
        }
        assertEquals(0, run(server.ownerPassword(), "--lang", "en", "--db", url, "years", "--user", server.owner()),
                err.toString());
    }

    private static int migrations(TestServer server, String version) throws Exception {
        try (Connection c = DriverManager.getConnection(server.url(), PostgresServer.SUPERUSER, PostgresServer.SUPERUSER);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success"
                     + " AND version = '" + version + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
