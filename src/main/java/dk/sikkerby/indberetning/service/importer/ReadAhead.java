package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.service.Progress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An appendix file read on a thread of its own while the caller opens the database (issue 19, decision 1911):
 * the bytes, their encoding and every line go through the table's rules with the built-in vocabulary, which is
 * all of reading that needs no database. {@link ImportService#run(dk.sikkerby.indberetning.service.workflow.Actor,
 * ReadAhead, ImportRequest, Progress)} finishes it with the stored departments and gets exactly what reading the
 * file there would have given. The file's SHA-256 is made on the same thread after the lines: the opening of the
 * database takes longer than reading a 10,000-row file, and the digest (~70 ms under C1) was the calling thread's
 * last wait before planning.
 * Writes nothing; a read ahead that is never used ends with its thread, which does not keep the program alive.
 * It is finished once: then it lets go of the file's bytes and lines, which the import's writing does not need.
 */
public final class ReadAhead {

    private CompletableFuture<String> digest;
    private CompletableFuture<AppendixReader.Scan> scan;

    private ReadAhead(CompletableFuture<String> digest, CompletableFuture<AppendixReader.Scan> scan) {
        this.digest = digest;
        this.scan = scan;
    }

    /** Starts reading {@code file} for the year asked for, if any. */
    public static ReadAhead start(Path file, Optional<Integer> year) {
        CompletableFuture<String> digest = new CompletableFuture<>();
        CompletableFuture<AppendixReader.Scan> scan = new CompletableFuture<>();
        Thread thread = new Thread(() -> scan(file, year, digest, scan), "appendix read ahead");
        thread.setDaemon(true);
        thread.start();
        return new ReadAhead(digest, scan);
    }

    /** The lines, then the digest of the bytes read ("" if none could be read: the scan says why). */
    private static void scan(Path file, Optional<Integer> year, CompletableFuture<String> digest,
                             CompletableFuture<AppendixReader.Scan> scan) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        try {
            scan.complete(new AppendixReader(KnownVocabulary.builtIn()).scan(file, year, Progress.NONE, bytes::complete));
        } catch (Throwable e) {
            scan.completeExceptionally(e);
        } finally {
            bytes.complete(null);
            try {
                byte[] content = bytes.join();
                digest.complete(content == null ? "" : AppendixReader.sha256(content));
            } catch (Throwable e) {
                digest.completeExceptionally(e);
            }
        }
    }

    /**
     * The file as {@code reader} reads it: waits for the scan, and fails as reading it there would have.
     *
     * @throws IllegalStateException if it was finished before
     */
    synchronized ParsedAppendix finish(AppendixReader reader) {
        if (scan == null) {
            throw new IllegalStateException("A read ahead is finished once");
        }
        CompletableFuture<String> digested = digest;
        CompletableFuture<AppendixReader.Scan> scanned = scan;
        digest = null;
        scan = null;
        try {
            return reader.finish(scanned.join(), digested.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
