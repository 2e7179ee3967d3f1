package dk.sikkerby.indberetning.service.files;

import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A set of files that reaches its folder whole or not at all: each file is written into a hidden folder
 * inside the target folder (the same drive, so a move is a rename), and only when every file is there does
 * {@link #deliver()} move them into place. {@link #close()} removes the hidden folder and whatever is still
 * in it, so a set stopped halfway (a cancel, a failure) leaves the target folder as it was: files that were
 * there before are never touched unless the delivered set replaces one of the same name.
 */
public final class StagedFiles implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StagedFiles.class.getName());

    private final Path folder;
    private final Path staging;
    private final List<String> names = new ArrayList<>();

    /** @throws UserFacingException if {@code folder} is missing or nothing can be written in it */
    public StagedFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.folder)) {
            throw new UserFacingException("file.error.noFolder", this.folder.toString());
        }
        try {
            this.staging = Files.createTempDirectory(this.folder, ".sikkerby-");
        } catch (IOException e) {
            LOG.log(Level.INFO, "No hidden folder could be made in the target folder.", e);
            throw new UserFacingException("file.error.folderNotWritable", this.folder.toString());
        }
    }

    /** Writes {@code name} into the hidden folder; returns where it will be once delivered. */
    public Path write(String name, AtomicFileWriter.Content content) {
        Path target = folder.resolve(name);
        if (Files.isDirectory(target)) {
            throw new UserFacingException("file.error.targetIsFolder", target.toString());
        }
        if (Files.exists(target) && AtomicFileWriter.isReadOnly(target)) {
            throw new UserFacingException("file.error.targetReadOnly", target.toString());
        }
        AtomicFileWriter.write(staging.resolve(name), content);
        names.add(name);
        return target;
    }

    /** Moves every written file into the target folder, replacing one of the same name. */
    public void deliver() {
        for (String name : names) {
            Path target = folder.resolve(name);
            try {
                try {
                    Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "A finished file could not be moved into " + folder + ".", e);
                throw new UserFacingException("file.error.targetInUse", target.toString());
            }
        }
    }

    /** How many files are written and waiting to be delivered (or were delivered). */
    public int size() {
        return names.size();
    }

    /** Removes the hidden folder and every file still in it (all of them, if the set was not delivered). */
    @Override
    public void close() {
        try (Stream<Path> left = Files.list(staging)) {
            for (Path file : left.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(staging);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The hidden folder " + staging + " could not be removed.", e);
        }
    }
}
