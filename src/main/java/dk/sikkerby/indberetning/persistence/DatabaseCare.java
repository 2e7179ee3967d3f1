package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Looking after the file while nobody has it open: checking it whole, copying it out, and putting a
 * backup back. Each refuses a file another program has open; none writes to the file it reads.
 */
public final class DatabaseCare {

    private static final Logger LOG = Logger.getLogger(DatabaseCare.class.getName());

    /** What {@link #check} found: the file's schema version and its newest backup, if any. */
    public record Health(int schemaVersion, Optional<Backup> newestBackup) {
    }

    private final DatabaseFile file;
    private final Clock clock;

    public DatabaseCare(DatabaseFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Backups backups() {
        return new Backups(file, clock);
    }

    /** Checks the whole file, always (the seal is not trusted here); refuses as opening would. */
    public Health check() throws DatabaseOpenException {
        try (FileAccess held = requireAccess(false)) {
            FileInspection.Found found = FileGate.inspect(file, FileGate.startsAsH2(file), clock);
            int version = found.versions().isEmpty() ? 0 : Collections.max(found.versions());
            return new Health(version, backups().newest());
        }
    }

    /**
     * Copies the checked file to {@code out}, which must not exist yet, in a folder that does.
     *
     * @throws IOException if {@code out} cannot be written (the caller says why in a sentence)
     */
    public void backupTo(Path out) throws DatabaseOpenException, IOException {
        try (FileAccess held = requireAccess(false)) {
            FileGate.checkWhole(file, clock);
            Path temp = out.resolveSibling("." + out.getFileName() + ".part");
            try {
                Files.copy(file.mvFile(), temp, StandardCopyOption.REPLACE_EXISTING);
                Backups.force(temp);
                Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Puts {@code backup} in the file's place: the backup is checked whole first; the file as it was
     * (damaged or not) is kept in the backup folder, never thrown away; the restored copy is written
     * under a temporary name and renamed into place.
     *
     * @return the backup of the file as it was before, if there was a file
     */
    public Optional<Backup> restore(Path backup) throws DatabaseOpenException, IOException {
        if (!Files.isRegularFile(backup)) {
            throw new DatabaseOpenException(Reason.MISSING, backup.toString(), null);
        }
        FileAccess.check(backup, false).ifPresent(FileAccess::close);
        FileInspection.inspect(backup);
        Optional<Backup> before = Optional.empty();
        if (Files.exists(file.mvFile())) {
            try (FileAccess held = requireAccess(true)) {
                before = Optional.of(backups().take(file.mvFile(), "before-restore"));
            }
        }
        Path temp = file.folder().resolve("." + file.name() + ".restoring" + DatabaseFile.SUFFIX);
        try {
            CloseSeal.remove(file);
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            Backups.force(temp);
            Files.move(temp, file.mvFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        CloseSeal.write(file);
        LOG.info(() -> "The database " + file + " was restored from " + backup + ".");
        return before;
    }

    private FileAccess requireAccess(boolean mustBeWritable) throws DatabaseOpenException {
        if (!Files.exists(file.mvFile())) {
            throw new DatabaseOpenException(Reason.MISSING, file.toString(), null);
        }
        return FileAccess.check(file.mvFile(), mustBeWritable)
                .orElseThrow(() -> new DatabaseOpenException(Reason.IN_USE, file.toString(), null));
    }
}
