package dk.sikkerby.indberetning.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A refusal reaches the user as its own sentence, also when it failed work inside a future. */
class ErrorTextTest {

    private final Messages messages = Messages.forLocale(Messages.DANISH);

    @Test
    void aRefusalInsideAFutureIsToldByItsOwnSentence() {
        UserFacingException refusal = new UserFacingException("signin.error.wrong");
        assertEquals("Forkert brugernavn eller adgangskode.", ErrorText.of(messages, refusal));
        assertEquals("Forkert brugernavn eller adgangskode.",
                ErrorText.of(messages, new CompletionException(new CompletionException(refusal))));
    }

    @Test
    void aFullDriveIsToldAsSuchAndAnUnexpectedFailureShowsNoInternals() {
        RuntimeException full = new RuntimeException("SQL [insert into AUDIT_ENTRY ...]; General error",
                new java.io.IOException("No space left on device"));
        assertEquals("Drevet med databasen er fuldt, så arbejdet blev standset og ikke gemt; frigør plads, og prøv igen.",
                ErrorText.of(messages, new CompletionException(full)));
        String unexpected = ErrorText.of(messages, new IllegalStateException("SQL [select secret from table]"));
        assertEquals(false, unexpected.contains("SQL"), unexpected);
        assertEquals(true, unexpected.contains("sikkerby-0.log"), unexpected);
    }
}
