package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.Department;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the importer knows besides the file: the city's departments and the usual categories (kept as
 * data in {@code known-departments.tsv} and {@code known-categories.txt}), the departments already in
 * the database, and the label of the department-note column when a file has none.
 */
public record KnownVocabulary(Map<String, String> departments, List<String> categories, String defaultNoteLabel) {

    private static final String FOLDER = "/dk/sikkerby/indberetning/service/importer/";
    private static final KnownVocabulary BUILT_IN = load();

    public KnownVocabulary {
        departments = Map.copyOf(departments);
        categories = List.copyOf(categories);
    }

    public static KnownVocabulary builtIn() {
        return BUILT_IN;
    }

    /** This vocabulary with the stored departments added; a stored name wins over the built-in one. */
    public KnownVocabulary withDepartments(Collection<Department> stored) {
        Map<String, String> all = new LinkedHashMap<>(departments);
        stored.forEach(d -> all.put(d.code(), d.name()));
        return new KnownVocabulary(all, categories, defaultNoteLabel);
    }

    Optional<String> departmentName(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    /** The known category with this name in any case, in its known spelling. */
    Optional<String> category(String name) {
        return categories.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
    }

    private static KnownVocabulary load() {
        Map<String, String> departments = new LinkedHashMap<>();
        for (String line : lines("known-departments.tsv")) {
            String[] parts = line.split("\t", 2);
            departments.put(parts[0].strip().toUpperCase(Locale.ROOT), parts[1].strip());
        }
        Properties defaults = new Properties();
        try (InputStream in = resource("appendix-defaults.properties")) {
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownVocabulary(departments, lines("known-categories.txt"), defaults.getProperty("noteLabel"));
    }

    private static List<String> lines(String name) {
        List<String> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static InputStream resource(String name) {
        InputStream in = KnownVocabulary.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("The importer's data file " + name + " is missing from the build");
        }
        return in;
    }
}
