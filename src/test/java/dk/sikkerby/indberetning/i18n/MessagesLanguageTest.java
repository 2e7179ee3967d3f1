package dk.sikkerby.indberetning.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Danish is the base files, English its own files, whatever language the system runs in. */
class MessagesLanguageTest {

    @Test
    void theChosenLanguageWinsOverTheSystemLanguage() {
        Locale system = Locale.getDefault();
        try {
            for (Locale systemLanguage : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Messages.DANISH}) {
                Locale.setDefault(systemLanguage);
                assertEquals("Log ind", Messages.forLocale(Messages.DANISH).get("signin.title"), systemLanguage.toString());
                assertEquals("Sign in", Messages.forLocale(Locale.ENGLISH).get("signin.title"), systemLanguage.toString());
            }
        } finally {
            Locale.setDefault(system);
        }
    }
}
