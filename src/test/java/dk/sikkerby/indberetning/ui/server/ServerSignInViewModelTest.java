package dk.sikkerby.indberetning.ui.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * Signing in to a server without a screen: the connecting runs on the work executor and answers on the FX
 * executor; the four refusals are one sentence each; a cancelled attempt that connects after all is closed.
 */
class ServerSignInViewModelTest {

    private static final ServerAddress SERVER = new ServerAddress("db.kk.dk", 5432, "sikkerby");
    private final Messages danish = Messages.forLocale(Messages.DANISH);

    /** What a sign-in gives in the test: who, and whether it was closed. */
    static final class FakeSession implements AutoCloseable {
        final String login;
        boolean closed;

        FakeSession(String login) {
            this.login = login;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aRightPasswordSignsInAndThePasswordIsNotKept() {
        List<char[]> passwords = new ArrayList<>();
        List<FakeSession> signedIn = new ArrayList<>();
        ServerSignInViewModel<FakeSession> model = new ServerSignInViewModel<>(danish, SERVER, "karen",
                (address, login, password) -> {
                    passwords.add(password.clone());
                    return new FakeSession(login);
                }, Runnable::run, Runnable::run);
        assertFalse(model.canSubmitProperty().get(), "no password typed yet");
        model.passwordProperty().set("karens-kode");
        assertTrue(model.canSubmitProperty().get());
        model.submit(signedIn::add);
        assertEquals(1, signedIn.size());
        assertEquals("karen", signedIn.get(0).login);
        assertArrayEquals("karens-kode".toCharArray(), passwords.get(0));
        assertEquals("", model.passwordProperty().get());
        assertFalse(model.connectingProperty().get());
    }

    @Test
    void unreachableWrongPasswordNoRightsAndANewerSchemaAreEachOneSentence() {
        for (Reason reason : List.of(Reason.SERVER_UNREACHABLE, Reason.SERVER_LOGIN_REFUSED, Reason.SERVER_NO_RIGHTS,
                Reason.SERVER_NEWER_VERSION)) {
            ServerSignInViewModel<FakeSession> model = new ServerSignInViewModel<>(danish, SERVER, "karen",
                    (address, login, password) -> {
                        throw new DatabaseOpenException(reason, address.toString(), null);
                    }, Runnable::run, Runnable::run);
            model.passwordProperty().set("forkert");
            model.submit(session -> {
                throw new AssertionError("not signed in");
            });
            String said = model.errorProperty().get();
            assertTrue(said.contains("jdbc:postgresql://db.kk.dk:5432/sikkerby"), said);
            assertFalse(said.contains("Exception"), said);
            assertEquals(said.strip().length(), said.length());
            assertTrue(model.canSubmitProperty().not().get(), "the password is asked again");
        }
        assertEquals("Serveren jdbc:postgresql://db.kk.dk:5432/sikkerby afviste login eller adgangskode. Brug dit eget "
                + "serverlogin; spørg IT, hvis du har glemt adgangskoden.", danish.get("server.error.loginRefused",
                "jdbc:postgresql://db.kk.dk:5432/sikkerby"));
    }

    @Test
    void connectingShowsWhatItDoesAndACancelledAttemptIsClosedWhenItAnswersLate() {
        Deque<Runnable> work = new ArrayDeque<>();
        Executor later = work::add;
        List<FakeSession> made = new ArrayList<>();
        List<FakeSession> signedIn = new ArrayList<>();
        ServerSignInViewModel<FakeSession> model = new ServerSignInViewModel<>(danish, SERVER, "karen",
                (address, login, password) -> {
                    FakeSession s = new FakeSession(login);
                    made.add(s);
                    return s;
                }, later, Runnable::run);
        model.passwordProperty().set("karens-kode");
        model.submit(signedIn::add);
        assertTrue(model.connectingProperty().get());
        assertEquals("Forbinder til jdbc:postgresql://db.kk.dk:5432/sikkerby …", model.statusProperty().get());
        assertFalse(model.canSubmitProperty().get(), "one attempt at a time");

        model.cancel();
        assertFalse(model.connectingProperty().get());
        assertEquals("Forbindelsen blev afbrudt. Ret oplysningerne, eller prøv igen.", model.errorProperty().get());
        model.passwordProperty().set("karens-kode");
        model.submit(signedIn::add);
        work.removeFirst().run(); // the cancelled attempt answers after all
        assertEquals(1, made.size());
        assertTrue(made.get(0).closed, "a cancelled attempt's connection is closed");
        assertEquals(List.of(), signedIn);
        assertTrue(model.connectingProperty().get(), "the second attempt is still under way");
        work.removeFirst().run();
        assertEquals(List.of(made.get(1)), signedIn);
        assertFalse(made.get(1).closed);
    }

    @Test
    void anotherServerChosenInTheDialogIsWhereTheNextSignInGoes() {
        List<ServerAddress> asked = new ArrayList<>();
        ServerSignInViewModel<FakeSession> model = new ServerSignInViewModel<>(danish, SERVER, "",
                (address, login, password) -> {
                    asked.add(address);
                    return new FakeSession(login);
                }, Runnable::run, Runnable::run);
        ServerAddress other = new ServerAddress("test-db", 5433, "sikkerby_test");
        model.setServer(other, "rikke");
        model.passwordProperty().set("rikkes-kode");
        model.submit(s -> { });
        assertEquals(List.of(other), asked);
        assertEquals("rikke", model.loginProperty().get());
    }
}
