package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The first look at an existing file, before anything reads it with H2: it is a readable, writable
 * file in a writable folder, and no other program has it open. While the returned lock is held (a
 * shared lock, which H2's own exclusive lock in another process refuses), no other program can open
 * the file for writing either.
 */
final class FileAccess implements AutoCloseable {

    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> READ_BITS = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private final FileChannel channel;
    private final FileLock lock;

    private FileAccess(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Checks the file and takes the shared lock; empty if this JVM itself has the file open already
     * (H2 shares an open database within one process).
     */
    static Optional<FileAccess> check(Path mv, boolean mustBeWritable) throws DatabaseOpenException {
        String name = mv.toString();
        if (!Files.isRegularFile(mv)) {
            throw new DatabaseOpenException(Reason.NOT_H2, name, null);
        }
        if (!Files.isReadable(mv) || lacks(mv, READ_BITS)) {
            throw new DatabaseOpenException(Reason.UNREADABLE, name, null);
        }
        if (mustBeWritable && (!Files.isWritable(mv) || lacks(mv, WRITE_BITS))) {
            throw new DatabaseOpenException(Reason.READ_ONLY_FILE, name, null);
        }
        Path folder = mv.toAbsolutePath().getParent();
        if (mustBeWritable && (!Files.isWritable(folder) || lacks(folder, WRITE_BITS))) {
            throw new DatabaseOpenException(Reason.READ_ONLY_FOLDER, name, null);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(mv, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.UNREADABLE, name, e);
        }
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                throw new DatabaseOpenException(Reason.IN_USE, name, null);
            }
            return Optional.of(new FileAccess(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseOpenException(Reason.UNREADABLE, name, e);
        }
    }

    /**
     * True when the file's permission bits allow nobody the access: the user (even the administrator
     * account, which the operating system lets through) has marked it so on purpose.
     */
    private static boolean lacks(Path path, Set<PosixFilePermission> bits) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.stream().noneMatch(bits::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** True when the file starts as every H2 MVStore file does. */
    static boolean startsWithH2Header(Path mv) throws IOException {
        try (InputStream in = Files.newInputStream(mv)) {
            return Arrays.equals(in.readNBytes(H2_HEADER.length), H2_HEADER);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
