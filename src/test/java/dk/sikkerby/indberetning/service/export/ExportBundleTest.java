package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The export bundle: the same keys in Danish and English, each one used, and loaded by {@link Messages}. */
class ExportBundleTest {

    private static final String BASE = "/dk/sikkerby/indberetning/i18n/export";
    /** Keys the code builds from a prefix and a value. */
    private static final List<String> BUILT = List.of("export.legend.red", "export.legend.yellow", "export.legend.green",
            "export.chooser.xlsx", "export.chooser.csv", "export.chooser.pdf", "export.chooser.docx", "cli.export.description");

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys(BASE + ".properties"), keys(BASE + "_en.properties"));
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(ExportBundleTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : keys(BASE + ".properties")) {
            if (!code.contains("\"" + key + "\"") && !BUILT.contains(key)) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "unused keys: " + unused);
    }

    @Test
    void theBundleIsPartOfTheMessages() {
        assertTrue(Messages.BUNDLES.contains("dk.sikkerby.indberetning.i18n.export"));
        assertEquals("Eksportér…", Messages.forLocale(Messages.DANISH).get("menu.file.export"));
        assertEquals("Export…", Messages.forLocale(java.util.Locale.ENGLISH).get("menu.file.export"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportBundleTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
