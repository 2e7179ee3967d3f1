package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** The fast start compares what Flyway stored with this build's scripts, by Flyway's own checksum. */
    @Test
    void theFastStartKnowsTheChecksumsFlywayStored(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("db")))) {
            var stored = db.dsl().fetch("SELECT \"script\", \"checksum\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL");
            assertEquals(Migrations.VERSIONS.size(), stored.size());
            for (var row : stored) {
                assertEquals(Optional.of(row.get(1, Integer.class)), Migrations.checksum(row.get(0, String.class)),
                        row.get(0, String.class));
            }
        }
    }

    /**
     * A file draws the ids a big import uses from caches of 20,000 (V14, then V16): H2 stores the whole file
     * each time a cache runs out, so 32 (the default) made a 10,000-initiative import store it ~1,900 times,
     * and 1,000 still ~20 times.
     */
    @Test
    void theIdsABigImportDrawsAreCached(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("db")))) {
            var caches = db.dsl().fetch("SELECT LOWER(TABLE_NAME), IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE IS_IDENTITY = 'YES' AND TABLE_NAME IN ('INITIATIVE', 'SUBMISSION', 'AUDIT_ENTRY')");
            assertEquals(3, caches.size());
            for (var row : caches) {
                assertEquals(20_000L, row.get(1, Long.class), row.get(0, String.class));
            }
        }
    }

    /** A script changed after it was applied does not slip through the fast start: Flyway's validation refuses it. */
    @Test
    void aChangedScriptIsNoticedAtTheNextStart(@TempDir Path dir) throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("db"));
        try (Database db = Database.open(file)) {
            db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1"
                    + " WHERE \"version\" = '3'");
        }
        DatabaseOpenException refused = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertEquals(DatabaseOpenException.Reason.MIGRATION_FAILED, refused.reason());
    }
}
