package dk.sikkerby.indberetning.service.files;

import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a file so that the target is either the complete new file or the old one untouched: the
 * content goes to a temporary file in the target's folder, is forced to disk, and is then renamed over
 * the target in one step. Each way this can fail becomes a {@link UserFacingException} that says what
 * to do: the folder is missing or read-only, the disk is full, or the target is open in another program.
 */
public final class AtomicFileWriter {

    private static final Logger LOG = Logger.getLogger(AtomicFileWriter.class.getName());
    private static final long LOW_SPACE_BYTES = 1024 * 1024;

    /** Writes the content; the stream is closed by the writer, not by the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserFacingException("file.error.noFolder", String.valueOf(folder));
        }
        if (Files.isDirectory(file)) {
            throw new UserFacingException("file.error.targetIsFolder", file.toString());
        }
        if (Files.exists(file) && isReadOnly(file)) {
            // a rename would replace it (and its mode) regardless: the user made it read-only on purpose
            throw new UserFacingException("file.error.targetReadOnly", file.toString());
        }
        Path temp = createTemp(folder, file);
        boolean moved = false;
        try {
            writeAndSync(temp, content, file);
            replace(temp, file);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static Path createTemp(Path folder, Path file) {
        Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            return temp;
        } catch (IOException e) {
            LOG.log(Level.INFO, "No temporary file could be made in the target folder.", e);
            throw new UserFacingException("file.error.folderNotWritable", folder.toString());
        }
    }

    private static void writeAndSync(Path temp, Content content, Path file) {
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Writing the file failed; the target is left as it was.", e);
            if (isDiskFull(e, temp)) {
                throw new UserFacingException("file.error.diskFull", file.toString());
            }
            throw new UserFacingException("file.error.write", file.toString(), reason(e));
        }
    }

    private static void replace(Path temp, Path file) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.info("The file system cannot rename atomically; replacing the target in a plain move.");
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The finished file could not replace the target.", e);
            throw new UserFacingException("file.error.targetInUse", file.toString());
        }
    }

    /** Not writable for this user, or marked read-only for everyone (which an administrator account ignores). */
    static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            return Files.getPosixFilePermissions(file).stream().noneMatch(p -> p == PosixFilePermission.OWNER_WRITE
                    || p == PosixFilePermission.GROUP_WRITE || p == PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** "No space left on device" (POSIX), "not enough space on the disk" (Windows), or little space left. */
    static boolean isDiskFull(IOException e, Path temp) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space") || message.contains("disk full")) {
                return true;
            }
        }
        try {
            return Files.getFileStore(temp).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException ignored) {
            return false;
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The temporary file " + temp + " could not be deleted.", e);
        }
    }
}
