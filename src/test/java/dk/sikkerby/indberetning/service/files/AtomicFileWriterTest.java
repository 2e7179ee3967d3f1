package dk.sikkerby.indberetning.service.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed export leaves the old file exactly as it was, leaves no temporary file, and says why. */
class AtomicFileWriterTest {

    private static final byte[] OLD = "the appendix the committee already has".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void replacesTheTargetWithTheCompleteNewFile() throws IOException {
        Path target = dir.resolve("bilag.xlsx");
        Files.write(target, OLD);
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureMidwayLeavesTheOldFileUnchanged() throws IOException {
        Path target = dir.resolve("bilag.xlsx");
        Files.write(target, OLD);
        UserFacingException e = assertThrows(UserFacingException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[200_000]);
            throw new IOException("the network share went away");
        }));
        assertEquals("file.error.write", e.key());
        assertEquals(List.of(target.toString(), "the network share went away"), e.args());
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), files(), "no temporary file is left behind");
    }

    @Test
    void aReadOnlyTargetIsRefusedNotReplaced() throws IOException {
        Path target = dir.resolve("bilag.xlsx");
        Files.write(target, OLD);
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8))));
        assertEquals("file.error.targetReadOnly", e.key());
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals("r--r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)), "its mode is kept");
        assertEquals(List.of(target), files(), "no temporary file is left behind");
    }

    @Test
    void aFullDiskIsNamedAsSuch() throws IOException {
        Path target = dir.resolve("bilag.xlsx");
        Files.write(target, OLD);
        UserFacingException e = assertThrows(UserFacingException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("file.error.diskFull", e.key());
        assertArrayEquals(OLD, Files.readAllBytes(target));
    }

    @Test
    void aTargetThatCannotBeReplacedLeavesItUnchanged() throws IOException {
        Path target = dir.resolve("bilag.xlsx");
        UserFacingException e = assertThrows(UserFacingException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(OLD);
            // another program takes the name while we write: the rename cannot replace it
            Files.createDirectories(target.resolve("locked"));
        }));
        assertEquals("file.error.targetInUse", e.key());
        assertEquals(List.of("locked"), Files.list(target).map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(target), files());
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsRefusedBeforeWriting() {
        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> AtomicFileWriter.write(dir.resolve("nowhere/bilag.xlsx"), out -> out.write(OLD)));
        assertEquals("file.error.noFolder", missing.key());
        UserFacingException folder = assertThrows(UserFacingException.class,
                () -> AtomicFileWriter.write(dir, out -> out.write(OLD)));
        assertEquals("file.error.targetIsFolder", folder.key());
    }

    @Test
    void aReadOnlyFolderIsNamedAsSuch() throws IOException {
        Path folder = readOnlyFolder();
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> AtomicFileWriter.write(folder.resolve("bilag.xlsx"), out -> out.write(OLD)));
        assertEquals("file.error.folderNotWritable", e.key());
        assertEquals(folder.toAbsolutePath().normalize().toString(), e.args().get(0));
    }

    @Test
    void messagesNameTheFileAndSayTheOldOneIsUnchanged() {
        Messages messages = Messages.forLocale(Messages.DANISH);
        String text = messages.get("file.error.targetInUse", "C:\\Bilag\\bilag.xlsx");
        assertEquals("Filen C:\\Bilag\\bilag.xlsx kan ikke erstattes: den er måske åben i et andet program (fx Excel), "
                + "eller den er skrivebeskyttet. Luk den, og prøv igen. Den gamle fil er uændret.", text);
    }

    /** A folder this process cannot create files in: read-only for a normal user; sysfs for root. */
    private Path readOnlyFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.createFile(folder.resolve("probe")).toFile().delete();
            return Path.of("/sys");
        } catch (IOException expected) {
            return folder;
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private List<String> names() throws IOException {
        return files().stream().map(p -> p.getFileName().toString()).toList();
    }
}
