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
 * ReadAhead, ImportRequest, Progress)} finishes it with the stored departments, making the file's digest on the
 * calling thread while the lines are still read, and gets exactly what reading the file there would have given.
 * Writes nothing; a read ahead that is never used ends with its thread, which does not keep the program alive.
 * It is finished once: then it lets go of the file's bytes and lines, which the import's writing does not need.
 */
public final class ReadAhead {

    private CompletableFuture<byte[]> bytes;
    private CompletableFuture<AppendixReader.Scan> scan;

    private ReadAhead(CompletableFuture<byte[]> bytes, CompletableFuture<AppendixReader.Scan> scan) {
        this.bytes = bytes;
        this.scan = scan;
    }

    /** Starts reading {@code file} for the year asked for, if any. */
    public static ReadAhead start(Path file, Optional<Integer> year) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        CompletableFuture<AppendixReader.Scan> scan = new CompletableFuture<>();
        Thread thread = new Thread(() -> scan(file, year, bytes, scan), "appendix read ahead");
        thread.setDaemon(true);
        thread.start();
        return new ReadAhead(bytes, scan);
    }

    private static void scan(Path file, Optional<Integer> year, CompletableFuture<byte[]> bytes,
                             CompletableFuture<AppendixReader.Scan> scan) {
        try {
            scan.complete(new AppendixReader(KnownVocabulary.builtIn()).scan(file, year, Progress.NONE, bytes::complete));
        } catch (Throwable e) {
            scan.completeExceptionally(e);
        } finally {
            bytes.complete(null);
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
        CompletableFuture<byte[]> read = bytes;
        CompletableFuture<AppendixReader.Scan> scanned = scan;
        bytes = null;
        scan = null;
        try {
            byte[] content = read.join();
            String sha256 = content == null ? "" : AppendixReader.sha256(content);
            return reader.finish(scanned.join(), sha256);
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
