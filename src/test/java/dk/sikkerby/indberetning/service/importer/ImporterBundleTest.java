package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the importer's code names exists in Danish and in English. */
class ImporterBundleTest {

    private static final Pattern KEY = Pattern.compile("\"((?:import|importer|cli\\.import)\\.[A-Za-z0-9.]+|menu\\.file\\.import)\"");
    private static final String SOURCES = "src/main/java/dk/sikkerby/indberetning/";

    @Test
    void danishAndEnglishHaveTheSameKeys() {
        ResourceBundle danish = ResourceBundle.getBundle("dk.sikkerby.indberetning.i18n.importer", Messages.DANISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle english = ResourceBundle.getBundle("dk.sikkerby.indberetning.i18n.importer", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(new TreeSet<>(danish.keySet()), new TreeSet<>(english.keySet()));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String folder : new String[] {"service/importer", "ui/importer", "cli", "ui"}) {
            try (Stream<Path> files = Files.list(Path.of(SOURCES + folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".css")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(used.size() > 100, () -> "found only " + used);
        for (Locale locale : Messages.SUPPORTED) {
            Set<String> keys = Messages.forLocale(locale).bundle().keySet();
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, locale.toString());
        }
    }
}
