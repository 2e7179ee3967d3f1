package dk.sikkerby.indberetning.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Danish and English, and every text in the bundles is used by the code. */
class BundleKeysTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"");

    /** Keys that the code names by pattern, not by literal: picocli's own, and one per language or command. */
    private static final List<Pattern> BY_PATTERN = List.of(
            Pattern.compile("usage\\..+"),
            Pattern.compile("mixinStandardHelpOptions\\..+"),
            Pattern.compile("cli\\.[a-z-]+\\.description"),
            Pattern.compile("menu\\.language\\.(da|en)"),
            Pattern.compile("export\\.chooser\\.(xlsx|csv|pdf|docx)"),
            Pattern.compile("export\\.legend\\.(red|yellow|green)"));

    /** One bundle's texts in one language ({@code ""} Danish, {@code "_en"} English), as the app reads them. */
    static Properties load(String bundle, String suffix) throws IOException {
        Path file = RESOURCES.resolve(bundle.replace('.', '/') + suffix + ".properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Set<String> danish = load(bundle, "").stringPropertyNames();
            Set<String> english = load(bundle, "_en").stringPropertyNames();
            Set<String> onlyDanish = new TreeSet<>(danish);
            onlyDanish.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(danish);
            assertEquals(Set.of(), onlyDanish, bundle + ": missing in English");
            assertEquals(Set.of(), onlyEnglish, bundle + ": missing in Danish");
        }
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                boolean byPattern = BY_PATTERN.stream().anyMatch(p -> p.matcher(key).matches());
                if (!literals.contains(key) && !byPattern) {
                    unused.add(key);
                }
            }
        }
        assertEquals(Set.of(), unused, "keys no code uses");
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : Messages.BUNDLES) {
            known.addAll(load(bundle, "").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        Pattern call = Pattern.compile("(?:messages\\.get|get|UserFacingException|Violation\\.of\\([A-Za-z.]+,|MessageKey)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertTrue(known.size() > 100, "the bundles were read");
    }
}
