package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.generated.Tables;
import dk.sikkerby.indberetning.testsupport.ChildJvm;
import dk.sikkerby.indberetning.testsupport.HoldDatabase;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caller that only reads (decision 1909) gets a sealed file read-only and leaves it byte for byte as it was,
 * seal included; every other file is opened, checked and sealed the usual way, and the daily backup still runs.
 */
class ReadOnlyOpeningTest {

    private static final OpenRequest TO_READ = OpenRequest.existing(Backups.DEFAULT_DAYS).onlyToRead();

    @TempDir
    Path dir;

    private DatabaseFile sampleFile(String name) {
        DatabaseFile file = DatabaseFile.of(dir.resolve(name).toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
        }
        return file;
    }

    private static int initiatives(Database db) {
        return db.dsl().fetchCount(Tables.INITIATIVE);
    }

    @Test
    void aSealedFileIsReadWithoutAByteOfItOrItsSealChangingAndIsBackedUpOnceADay() throws Exception {
        DatabaseFile file = sampleFile("sealed");
        byte[] before = Files.readAllBytes(file.mvFile());
        String seal = Files.readString(file.sealFile());
        FileTime changed = Files.getLastModifiedTime(file.mvFile());
        for (int i = 0; i < 2; i++) {
            try (Database db = Database.open(file, TO_READ)) {
                assertEquals(4, initiatives(db));
                assertEquals(4, db.store().direct().years().summaries().get(0).initiatives());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file.mvFile()));
        assertEquals(seal, Files.readString(file.sealFile()));
        assertEquals(changed, Files.getLastModifiedTime(file.mvFile()));
        var backups = new Backups(file, Clock.systemDefaultZone()).all();
        assertEquals(1, backups.size(), "the day's first opening backs the file up, the second does not: " + backups);
        assertArrayEquals(before, Files.readAllBytes(backups.get(0).file()));
    }

    @Test
    void aFileReadOnlyCannotBeWrittenThrough() throws Exception {
        DatabaseFile file = sampleFile("nowrite");
        try (Database db = Database.open(file, TO_READ)) {
            assertThrows(RuntimeException.class, () -> db.dsl().deleteFrom(Tables.SUBMISSION_COMMENT).execute());
        }
    }

    @Test
    void aFileWithoutItsSealIsCheckedWholeOpenedTheUsualWayAndSealedAgain() throws Exception {
        DatabaseFile file = sampleFile("unsealed");
        Files.delete(file.sealFile());
        try (Database db = Database.open(file, TO_READ)) {
            assertEquals(4, initiatives(db));
            assertFalse(Files.exists(file.sealFile()), "opened for writing: no seal while open");
        }
        assertTrue(CloseSeal.matches(file), "closed cleanly and sealed");
    }

    @Test
    void aFileChangedSinceItsSealIsOpenedTheUsualWay() throws Exception {
        DatabaseFile file = sampleFile("changed");
        Files.writeString(file.sealFile(), "size=1 sha256=00\n");
        try (Database db = Database.open(file, TO_READ)) {
            assertEquals(4, initiatives(db));
        }
        assertTrue(CloseSeal.matches(file));
    }

    @Test
    void aFileThisProcessHasOpenIsReadThroughTheOpenDatabase() throws Exception {
        DatabaseFile file = sampleFile("open");
        try (Database writer = Database.open(file, OpenRequest.existing(Backups.DEFAULT_DAYS));
             Database reader = Database.open(file, TO_READ)) {
            assertEquals(4, initiatives(reader));
            assertEquals(4, initiatives(writer));
        }
    }

    @Test
    void aFileAnotherProcessHasOpenIsRefusedAsInUseAndLeftAsItWas() throws Exception {
        DatabaseFile file = sampleFile("shared");
        Process holder = ChildJvm.start(HoldDatabase.class, file.toString());
        try {
            String line = ChildJvm.stdout(holder).readLine();
            assertTrue(line != null && line.startsWith("OPEN"), "the other process opened the database: " + line);
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, TO_READ));
            assertEquals(DatabaseOpenException.Reason.IN_USE, e.reason());
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    /**
     * While another process reads a sealed file (`years`, `history`), a second reader may read it too, but a
     * writer is refused as "in use", and the file and its seal stay exactly as they were.
     */
    @Test
    void aFileAnotherProcessReadsMayBeReadButNotWritten() throws Exception {
        DatabaseFile file = sampleFile("read");
        byte[] before = Files.readAllBytes(file.mvFile());
        String seal = Files.readString(file.sealFile());
        Process reader = ChildJvm.start(HoldDatabase.class, file.toString(), "read");
        try {
            String line = ChildJvm.stdout(reader).readLine();
            assertTrue(line != null && line.startsWith("OPEN"), "the other process opened the database: " + line);
            try (Database second = Database.open(file, TO_READ)) {
                assertEquals(4, initiatives(second));
            }
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                    () -> Database.open(file, OpenRequest.existing(Backups.DEFAULT_DAYS)));
            assertEquals(DatabaseOpenException.Reason.IN_USE, e.reason());
            assertArrayEquals(before, Files.readAllBytes(file.mvFile()));
            assertEquals(seal, Files.readString(file.sealFile()));
        } finally {
            reader.destroyForcibly().waitFor();
        }
    }

    @Test
    void aMissingFileIsRefusedOrCreatedAsEver() throws Exception {
        DatabaseFile missing = DatabaseFile.of(dir.resolve("missing").toString());
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(missing, TO_READ));
        assertEquals(DatabaseOpenException.Reason.MISSING, e.reason());
        try (Database db = Database.open(missing, OpenRequest.createIfMissing(Backups.DEFAULT_DAYS).onlyToRead())) {
            assertEquals(0, initiatives(db));
        }
        assertTrue(CloseSeal.matches(missing));
    }

    @Test
    void aNonDatabaseIsRefusedAsEver() throws Exception {
        Path text = Files.writeString(dir.resolve("text.mv.db"), "not a database");
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> Database.open(DatabaseFile.of(text), TO_READ));
        assertEquals(DatabaseOpenException.Reason.NOT_H2, e.reason());
        assertEquals("not a database", Files.readString(text));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing written beside it");
        }
        assertTrue(Instant.now().isAfter(Files.getLastModifiedTime(text).toInstant().minusSeconds(1)));
    }
}
