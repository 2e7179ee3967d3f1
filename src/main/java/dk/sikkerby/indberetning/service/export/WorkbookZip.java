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
 * thread; the bytes go, 64 KB at a time and in order, to a second thread that deflates them into the zip, so a
 * second core compresses while the first writes (decision 1910). At most {@link #IN_FLIGHT} chunks wait, so the
 * memory it needs does not grow with the workbook. Deflated at level 1 ({@link Deflater#BEST_SPEED}, decision 1906).
 * A failure on either thread ends the write with that failure; the caller's stream is then incomplete (the
 * atomic file writer throws it away).
 */
final class WorkbookZip implements AutoCloseable {

    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;
    private static final int CHUNK = 64 * 1024;
    private static final int IN_FLIGHT = 16;

    private final ZipOutputStream zip;
    private final ExecutorService deflater = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "workbook-deflate");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final Writer text = new OutputStreamWriter(new HandOver(), StandardCharsets.UTF_8);
    private volatile IOException failure;
    private boolean finished;

    WorkbookZip(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(DEFLATE_LEVEL);
    }

    /** Where a part's XML is written, after {@link #part}. */
    Writer text() {
        return text;
    }

    /** Ends the part being written, if any, and starts the part {@code name}. */
    void part(String name) throws IOException {
        text.flush();
        submit(() -> zip.putNextEntry(new ZipEntry(name)));
    }

    /** A whole part at once. */
    void part(String name, String xml) throws IOException {
        part(name);
        text.write(xml);
    }

    /** Ends the last part and the zip, and waits until everything is written. */
    void finish() throws IOException {
        text.flush();
        submit(zip::finish);
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

    /** Stops the second thread; after {@link #finish} there is nothing left to stop. */
    @Override
    public void close() {
        if (!finished) {
            deflater.shutdownNow();
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

    /** Collects the encoded bytes into chunks and hands each full chunk to the deflating thread. */
    private final class HandOver extends OutputStream {
        private byte[] chunk = new byte[CHUNK];
        private int size;

        @Override
        public void write(int b) throws IOException {
            if (size == CHUNK) {
                flush();
            }
            chunk[size++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int from, int length) throws IOException {
            while (length > 0) {
                if (size == CHUNK) {
                    flush();
                }
                int n = Math.min(length, CHUNK - size);
                System.arraycopy(bytes, from, chunk, size, n);
                size += n;
                from += n;
                length -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            if (size == 0) {
                return;
            }
            byte[] full = chunk;
            int length = size;
            submit(() -> zip.write(full, 0, length));
            chunk = new byte[CHUNK];
            size = 0;
        }
    }
}
