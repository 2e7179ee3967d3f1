package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The workbook's zip, written part by part as text: the caller writes a part's XML to {@link #text()} on its
 * thread; the characters go, 32 K at a time and in order, to a second thread that encodes them as UTF-8 and
 * deflates them into the zip, so a second core compresses while the first writes (decision 1910). At most
 * {@link #IN_FLIGHT} chunks wait, so the memory it needs does not grow with the workbook. Deflated at level 1
 * ({@link Deflater#BEST_SPEED}, decision 1906). A failure on either thread ends the write with that failure; the
 * caller's stream is then incomplete (the atomic file writer throws it away).
 */
final class WorkbookZip implements AutoCloseable {

    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;
    private static final int CHUNK = 32 * 1024;
    private static final int IN_FLIGHT = 16;

    private final ZipOutputStream zip;
    /** Used on the second thread only; flushed at the end of every part. */
    private final Writer encoder;
    private final ExecutorService deflater = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "workbook-deflate");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final HandOver text = new HandOver();
    private volatile IOException failure;
    private boolean finished;

    WorkbookZip(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(DEFLATE_LEVEL);
        encoder = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /** Where a part's XML is written, after {@link #part}. */
    Writer text() {
        return text;
    }

    /** Ends the part being written, if any, and starts the part {@code name}. */
    void part(String name) throws IOException {
        text.flush();
        submit(() -> {
            encoder.flush();
            zip.putNextEntry(new ZipEntry(name));
        });
    }

    /** A whole part at once. */
    void part(String name, String xml) throws IOException {
        part(name);
        text.write(xml);
    }

    /** Ends the last part and the zip, and waits until everything is written. */
    void finish() throws IOException {
        text.flush();
        submit(() -> {
            encoder.flush();
            zip.finish();
        });
        deflater.shutdown();
        try {
            if (!deflater.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IOException("the workbook's zip was not finished in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the workbook's zip was finished");
        }
        throwFailure();
        finished = true;
    }

    /**
     * After a failure or a cancel: drops what waits and lets the second thread end its current step, so that
     * nothing writes to the caller's stream once the write has returned. After {@link #finish} nothing is left.
     */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        failure = failure != null ? failure : new IOException("the workbook was not finished");
        deflater.shutdownNow();
        try {
            deflater.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(ZipStep step) throws IOException {
        throwFailure();
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the workbook was written");
        }
        deflater.execute(() -> {
            try {
                if (failure == null) {
                    step.run();
                }
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IOException io ? io : new IOException(e);
            } finally {
                room.release();
            }
        });
    }

    private void throwFailure() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private interface ZipStep {
        void run() throws IOException;
    }

    /** Collects the characters into chunks and hands each full chunk to the second thread; used by one thread. */
    private final class HandOver extends Writer {
        private char[] chunk = new char[CHUNK];
        private int size;

        @Override
        public void write(int c) throws IOException {
            if (size == CHUNK) {
                flush();
            }
            chunk[size++] = (char) c;
        }

        @Override
        public void write(String text, int from, int length) throws IOException {
            while (length > 0) {
                if (size == CHUNK) {
                    flush();
                }
                int n = Math.min(length, CHUNK - size);
                text.getChars(from, from + n, chunk, size);
                size += n;
                from += n;
                length -= n;
            }
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        @Override
        public void write(char[] chars, int from, int length) throws IOException {
            while (length > 0) {
                if (size == CHUNK) {
                    flush();
                }
                int n = Math.min(length, CHUNK - size);
                System.arraycopy(chars, from, chunk, size, n);
                size += n;
                from += n;
                length -= n;
            }
        }

        /** Hands what has been written so far to the second thread. */
        @Override
        public void flush() throws IOException {
            if (size == 0) {
                return;
            }
            char[] full = chunk;
            int length = size;
            submit(() -> encoder.write(full, 0, length));
            chunk = new char[CHUNK];
            size = 0;
        }

        /** The zip is ended by {@link WorkbookZip#finish}, never by its writer. */
        @Override
        public void close() {
        }
    }
}
