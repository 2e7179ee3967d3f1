package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.service.importer.BundledExample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real 2021 appendix as the tests read it: the very file the app ships ({@link BundledExample}),
 * from the class path, so that no test depends on anything beside the repository.
 */
public final class Sample2021 {

    private static Path path;

    private Sample2021() {
    }

    /**
     * The file, named {@code bilag1-2021.txt} as users have it. From the build's class-path folder;
     * copied once to a temporary folder if the class path is a jar.
     */
    public static synchronized Path path() {
        if (path == null) {
            path = locate();
        }
        return path;
    }

    /** The file's text (UTF-8). */
    public static String text() {
        try {
            return Files.readString(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        BundledExample example = BundledExample.YEAR_2021;
        URL url = Sample2021.class.getResource(example.resource());
        if (url == null) {
            throw new IllegalStateException(example.resource() + " is not on the test class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            Path dir = Files.createTempDirectory("sikkerby-sample");
            dir.toFile().deleteOnExit();
            Path copy = Files.write(dir.resolve(example.fileName()), example.bytes());
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
