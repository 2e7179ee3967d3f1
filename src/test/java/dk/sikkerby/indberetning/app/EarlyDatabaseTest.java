package dk.sikkerby.indberetning.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyDatabaseTest {

    @Test
    void theDatabaseBegunByTheLauncherIsTheOneTheAppTakes(@TempDir Path dir) throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("early"));
        EarlyDatabase.begin(file);

        try (Database db = EarlyDatabase.take(file)) {
            assertEquals(file, db.file());
            assertTrue(Files.exists(file.mvFile()));
        }
    }

    @Test
    void anotherFileThanTheOneBegunIsOpenedWhenTaken(@TempDir Path dir) throws Exception {
        DatabaseFile begun = DatabaseFile.of(dir.resolve("begun"));
        DatabaseFile wanted = DatabaseFile.of(dir.resolve("wanted"));
        EarlyDatabase.begin(begun);

        try (Database db = EarlyDatabase.take(wanted)) {
            assertEquals(wanted, db.file());
        }
    }

    @Test
    void aFileThatCannotBeOpenedFailsWithTheSameReasonAsAnOpenWouldGive(@TempDir Path dir) throws Exception {
        Path notH2 = dir.resolve("notes.mv.db");
        Files.writeString(notH2, "not a database");
        DatabaseFile file = DatabaseFile.of(notH2);
        EarlyDatabase.begin(file);

        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> EarlyDatabase.take(file));
        assertEquals(DatabaseOpenException.Reason.NOT_H2, e.reason());
    }
}
