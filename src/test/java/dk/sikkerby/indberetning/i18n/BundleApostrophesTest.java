package dk.sikkerby.indberetning.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An apostrophe survives into what the user reads. {@link Messages#get} formats a text with
 * {@link MessageFormat} when it has values ({@code {0}}), where a single {@code '} starts a quoted
 * part and disappears ("ask the files owner"), and shows a text without values as it is, where
 * {@code ''} would show twice. So: {@code ''} in texts with values, {@code '} in texts without.
 */
class BundleApostrophesTest {

    private static final Pattern VALUE = Pattern.compile("\\{\\d");

    @Test
    void everyApostropheIsShownOnceAndEveryValueIsFilledIn() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_en")) {
                Properties texts = BundleKeysTest.load(bundle, suffix);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (VALUE.matcher(text).find()) {
                        String shown = new MessageFormat(text).format(new Object[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
                        if (count(shown) != count(text.replace("''", "'")) || VALUE.matcher(shown).find()) {
                            wrong.add(bundle + suffix + ": " + key + " shows \"" + shown + "\"");
                        }
                    } else if (text.contains("''")) {
                        wrong.add(bundle + suffix + ": " + key + " has no values, so '' shows twice");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static long count(String text) {
        return text.chars().filter(c -> c == '\'').count();
    }
}
