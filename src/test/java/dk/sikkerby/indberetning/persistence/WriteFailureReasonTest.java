package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup before the work (or the migrated copy) could not be written beside the database: the
 * sentence must say why, a full drive or a read-only folder, not always the latter (seen with a full
 * tmpfs by bench/file-safety-checks.sh: "the folder is read-only" for a full disk).
 */
class WriteFailureReasonTest {

    @TempDir
    Path dir;

    @Test
    void aDiskThatSaysItIsFullIsNamedAsSuch() throws IOException {
        DatabaseFile file = DatabaseFile.of(dir.resolve("a"));
        Files.write(file.mvFile(), new byte[4096]);
        assertEquals(DatabaseOpenException.Reason.NO_SPACE,
                DatabaseOpenException.writeFailure(file, new IOException("No space left on device")));
        assertEquals("database.error.noSpace", new DatabaseOpenException(
                DatabaseOpenException.Reason.NO_SPACE, file.toString(), null).messageKey());
    }

    @Test
    void aFileLargerThanTheRoomLeftIsADiskWithoutRoom() throws IOException {
        DatabaseFile file = DatabaseFile.of(dir.resolve("big"));
        long free = Files.getFileStore(dir).getUsableSpace();
        try (var channel = java.nio.channels.FileChannel.open(file.mvFile(),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.SPARSE)) {
            channel.position(free + (16L << 20)).write(java.nio.ByteBuffer.wrap(new byte[1]));
        }
        assertEquals(DatabaseOpenException.Reason.NO_SPACE,
                DatabaseOpenException.writeFailure(file, new IOException("write failed")));
    }

    @Test
    void anotherFailureInAWritableFolderWithRoomStaysTheFolderReason() throws IOException {
        DatabaseFile file = DatabaseFile.of(dir.resolve("b"));
        Files.write(file.mvFile(), new byte[4096]);
        assertEquals(DatabaseOpenException.Reason.READ_ONLY_FOLDER,
                DatabaseOpenException.writeFailure(file, new IOException("Permission denied")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertEquals(DatabaseOpenException.Reason.READ_ONLY_FOLDER,
                    DatabaseOpenException.writeFailure(file, new IOException("Permission denied")));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
