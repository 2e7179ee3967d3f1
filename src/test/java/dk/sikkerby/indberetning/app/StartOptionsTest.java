package dk.sikkerby.indberetning.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A desktop start reads its options without the command-line parser; everything else must go to the
 * parser, so that commands, help and mistakes get its usual answers.
 */
class StartOptionsTest {

    private static final Settings NO_SETTINGS = Settings.load(java.nio.file.Path.of("does-not-exist.properties"));

    @Test
    void noArgumentsIsADesktopStartWithTheDefaults() {
        Optional<StartOptions> options = StartOptions.forDesktop(new String[0]);
        assertTrue(options.isPresent());
        assertFalse(options.get().smokeTest());
        assertEquals(Messages.DANISH, options.get().locale(NO_SETTINGS));
    }

    @Test
    void readsTheDatabaseTheLanguageAndTheSmokeTest() {
        StartOptions options = StartOptions.forDesktop(
                new String[] {"--db", "/tmp/x/sikkerby.mv.db", "--lang=en", "--smoke-test"}).orElseThrow();
        assertEquals("/tmp/x/sikkerby.mv.db", options.databaseFile(NO_SETTINGS).mvFile().toString());
        assertEquals(Locale.ENGLISH, options.locale(NO_SETTINGS));
        assertTrue(options.smokeTest());
        StartOptions equalsForm = StartOptions.forDesktop(new String[] {"--db=/tmp/y", "--lang", "da"}).orElseThrow();
        assertEquals("/tmp/y.mv.db", equalsForm.databaseFile(NO_SETTINGS).mvFile().toString());
        assertEquals(Messages.DANISH, equalsForm.locale(NO_SETTINGS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"years", "--help", "-h", "--version", "--db", "--db --lang", "--unknown", "--smoke-test=yes",
        "import file.txt", "--db x years"})
    void anythingElseGoesToTheCommandLineParser(String line) {
        assertTrue(StartOptions.forDesktop(line.split(" ")).isEmpty(), line);
    }
}
