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
 */
public final class ReadAhead {

    private final CompletableFuture<byte[]> bytes = new CompletableFuture<>();
    private final CompletableFuture<AppendixReader.Scan> scan = new CompletableFuture<>();

    private ReadAhead() {
    }

    /** Starts reading {@code file} for the year asked for, if any. */
    public static ReadAhead start(Path file, Optional<Integer> year) {
        ReadAhead ahead = new ReadAhead();
        Thread thread = new Thread(() -> ahead.scan(file, year), "appendix read ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    private void scan(Path file, Optional<Integer> year) {
        try {
            scan.complete(new AppendixReader(KnownVocabulary.builtIn()).scan(file, year, Progress.NONE, bytes::complete));
        } catch (Throwable e) {
            scan.completeExceptionally(e);
        } finally {
            bytes.complete(null);
        }
    }

    /** The file as {@code reader} reads it: waits for the scan, and fails as reading it there would have. */
    ParsedAppendix finish(AppendixReader reader) {
        try {
            byte[] read = bytes.join();
            String sha256 = read == null ? "" : AppendixReader.sha256(read);
            return reader.finish(scan.join(), sha256);
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
