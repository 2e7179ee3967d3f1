package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import java.nio.file.Path;

/** A real H2 file in a test's temporary folder, created and migrated by Flyway as the app does it. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Database open(Path folder) {
        return open(DatabaseFile.of(folder.resolve("test")));
    }

    public static Database open(DatabaseFile file) {
        try {
            return Database.open(file);
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException(e);
        }
    }
}
