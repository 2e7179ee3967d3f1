package dk.sikkerby.indberetning.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small files: no main class over 400 lines (the guide's limit), so that one class does one job. */
class FileSizeTest {

    static final int MAX_LINES = 400;

    @Test
    void noMainClassIsOver400Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)").toList();
            assertEquals(List.of(), tooLong);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
