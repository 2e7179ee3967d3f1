package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.PostgresServer;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestServer;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the desktop's server sign-in does off the FX thread ({@link ServerStart#connect}), against a real
 * PostgreSQL: the person's own login opens the same services as a file and the newest year; a server that
 * does not answer, a wrong password, a login without rights and a database of a newer version are each
 * refused with their own sentence, and nothing is left open.
 */
class ServerStartTest {

    private final Messages messages = Messages.forLocale(Messages.DANISH);

    @Test
    void aPersonSignsInWithTheirOwnLoginAndEveryRefusalIsItsOwnSentence() throws Exception {
        TestServer server = TestServer.create();
        String prefix = server.address().database().replace("sikkerby_test_", "s");
        String karen = prefix + "_karen";
        String stranger = prefix + "_stranger";
        String nobody = prefix + "_nobody";
        try (Database owner = server.initAsOwner()) {
            SampleYear.create(owner.dsl());
            int sof = new dk.sikkerby.indberetning.persistence.DepartmentRepository(owner.dsl()).findByCode("SOF")
                    .orElseThrow().id();
            ServerLogins logins = new ServerLogins(owner.dsl());
            logins.create(karen, "karens-kode".toCharArray());
            logins.grantOnly(karen, Role.COORDINATOR);
            new UserRepository(owner.dsl()).insert(karen, "Karen Koordinator", Role.COORDINATOR, null, Set.of(sof));
            logins.create(stranger, "kode".toCharArray());
            logins.create(nobody, "kode".toCharArray());
            logins.grantOnly(nobody, Role.REVIEWER);
        }

        try (ServerStart.Session session = ServerStart.connect(server.address(), karen, "karens-kode".toCharArray(),
                messages)) {
            assertEquals("Karen Koordinator", session.actor().fullName());
            assertTrue(session.services().database().isServer());
            assertEquals(SampleYear.YEAR, session.first().newest().orElseThrow().year().year());
            assertTrue(session.services().othersSaves().available());
        }

        assertEquals("Serveren " + server.url() + " afviste login eller adgangskode. Brug dit eget serverlogin; spørg IT, "
                + "hvis du har glemt adgangskoden.", refusal(server.address(), karen, "forkert"));
        assertEquals("Serveren jdbc:postgresql://localhost:1/sikkerby svarer ikke. Tjek adressen (vært og port) og "
                + "netværket, eller spørg IT, om serveren kører.",
                refusal(new ServerAddress("localhost", 1, "sikkerby"), karen, "karens-kode"));
        assertEquals("Dit serverlogin har ingen rettigheder i databasen " + server.url() + ". Bed IT om at give dig adgang "
                + "med user-add.", refusal(server.address(), stranger, "kode"));
        assertEquals("Serverlogin „" + nobody + "\" er ikke bruger af Sikker By Indberetning i denne database. Bed en "
                + "administrator om at oprette dig med user-add.", refusal(server.address(), nobody, "kode"));

        PostgresServer.inDatabase(server.address().database(), "INSERT INTO flyway_schema_history (installed_rank, "
                + "version, description, type, script, checksum, installed_by, execution_time, success) VALUES "
                + "(999, '999', 'from a newer app', 'SQL', 'V999__newer.sql', 0, 'postgres', 1, true)");
        assertEquals("Databasen " + server.url() + " er sat op af en nyere version af Sikker By Indberetning. Installér "
                + "den nyeste version, og prøv igen; intet er ændret.", refusal(server.address(), karen, "karens-kode"));
    }

    @Test
    void aDatabaseOfAnOlderVersionIsRefusedInOneSentenceNamingServerInit() throws Exception {
        TestServer server = TestServer.create();
        server.initAsOwnerUpTo("12");
        assertEquals("Databasen " + server.url() + " er sat op af en ældre version af programmet: IT skal køre "
                + "server-init --db " + server.url() + " --user EJER med denne version (som databasens ejer), før den "
                + "kan bruges; intet er ændret.", refusal(server.address(), server.owner(), server.ownerPassword()));
        server.initAsOwner().close(); // server-init with this version
        try (Database owner = server.openAs(server.owner(), server.ownerPassword())) {
            new dk.sikkerby.indberetning.service.workflow.ServerUsers(owner.store()).makeOwnerFirstAdministrator("IT");
        }
        try (ServerStart.Session session = ServerStart.connect(server.address(), server.owner(),
                server.ownerPassword().toCharArray(), messages)) {
            assertEquals("IT", session.actor().fullName(), "after server-init the desktop opens it");
        }
    }

    private String refusal(ServerAddress address, String login, String password) {
        Exception e = assertThrows(Exception.class, () -> ServerStart.connect(address, login, password.toCharArray(),
                messages).close());
        assertTrue(e instanceof DatabaseOpenException || e instanceof UserFacingException, e.toString());
        return ErrorText.of(messages, e);
    }
}
