package dk.sikkerby.indberetning.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the app writes beside the file after it has closed it cleanly: the file's size and SHA-256. A file
 * that still matches its seal is exactly as the app left it and opens without the deep check; one
 * without a seal (after a crash, or from elsewhere) or not matching it (changed or damaged since) gets
 * the deep check ({@link FileInspection}). The seal is removed before H2 opens the file for writing.
 */
final class CloseSeal {

    private static final Logger LOG = Logger.getLogger(CloseSeal.class.getName());

    private CloseSeal() {
    }

    static boolean matches(DatabaseFile file) {
        Path seal = file.sealFile();
        if (!Files.isRegularFile(seal)) {
            return false;
        }
        try {
            boolean same = Files.readString(seal, StandardCharsets.US_ASCII).strip().equals(describe(file.mvFile()));
            if (!same) {
                LOG.warning(() -> "The database " + file + " has changed since the program closed it; it is checked whole.");
            }
            return same;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The seal's text if the file still matches it, saying nothing otherwise (the caller then opens the file
     * the usual way, whose {@link #matches} says it): for a caller that only reads (decision 1909).
     */
    static Optional<String> matching(DatabaseFile file) {
        Optional<String> seal = read(file);
        try {
            return seal.isPresent() && seal.get().equals(describe(file.mvFile())) ? seal : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The seal's text, empty if there is none (the file is open for writing, or was not closed cleanly). */
    static Optional<String> read(DatabaseFile file) {
        try {
            return Optional.of(Files.readString(file.sealFile(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the seal of a file that has just been closed cleanly or checked whole. */
    static void write(DatabaseFile file) {
        Path seal = file.sealFile();
        Path temp = seal.resolveSibling("." + seal.getFileName() + ".part");
        try {
            Files.writeString(temp, describe(file.mvFile()) + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, seal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.info(() -> "No seal could be written beside " + file + " (" + e.getMessage()
                    + "); the next start checks the file whole.");
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .part is harmless: it is never read
            }
        }
    }

    /** Removes the seal: the file is about to change. */
    static void remove(DatabaseFile file) throws IOException {
        Files.deleteIfExists(file.sealFile());
    }

    private static String describe(Path mv) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(mv), sha)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return "size=" + size + " sha256=" + HexFormat.of().formatHex(sha.digest());
    }
}
