package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    /** The fast start skips Flyway when VERSIONS are applied: they must be the scripts, or a new one would never run. */
    @Test
    void versionsAreExactlyTheMigrationScripts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            Set<Integer> scripts = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V[0-9]+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .collect(Collectors.toSet());
            assertEquals(scripts, Migrations.VERSIONS);
        }
    }
}
