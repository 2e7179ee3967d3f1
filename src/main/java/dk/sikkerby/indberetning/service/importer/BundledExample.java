package dk.sikkerby.indberetning.service.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The old appendices shipped inside the app (and the jar, and the installed program) as class-path
 * resources, so that a new user sees real data with one click or {@code import --example 2021}: for now
 * the public committee appendix for 2021, "Bilag 1: Indsatsernes målopfyldelse for 2021", with all its
 * defects. The file in the source tree is the only copy (decision 2000).
 */
public enum BundledExample {

    YEAR_2021(2021, "bilag1-2021.txt");

    /** The class-path folder of the examples. */
    public static final String FOLDER = "/dk/sikkerby/indberetning/samples/";

    private final int year;
    private final String fileName;

    BundledExample(int year, String fileName) {
        this.year = year;
        this.fileName = fileName;
    }

    /** The example for {@code year}, if the app ships one. */
    public static Optional<BundledExample> forYear(int year) {
        return Arrays.stream(values()).filter(e -> e.year == year).findFirst();
    }

    /** The years the app ships an example for, oldest first. */
    public static List<Integer> years() {
        return Arrays.stream(values()).map(BundledExample::year).sorted().toList();
    }

    public int year() {
        return year;
    }

    /** The file's name, as the report, the import log and the history show it. */
    public String fileName() {
        return fileName;
    }

    /** Where the file is on the class path. */
    public String resource() {
        return FOLDER + fileName;
    }

    /**
     * The file's bytes, exactly as shipped.
     *
     * @throws IllegalStateException if the resource is missing: the app was built without it
     */
    public byte[] bytes() {
        try (InputStream in = BundledExample.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("The bundled example " + resource() + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
