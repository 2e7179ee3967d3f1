package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A second core's work beside the renderer (decision 0209): the next part's XHTML written and parsed
 * ({@link #later}), and the marked-content rewrite of {@link InlineMarkedContent} while the next part
 * renders. The rendering thread takes each drawn page's content and property lists out of the
 * document ({@link InlineMarkedContent#take}); a thread of its own writes the lists inline and compresses the
 * page ({@link InlineMarkedContent#rewritten}), touching no document; the rendering thread gives the pages
 * their new content when it hands over the next part, and at the end. The same bytes as the rewrite done
 * in place: the same input, the same zlib level, one page per stream.
 */
final class PagesInBackground implements AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pdf-pages");
        thread.setDaemon(true);
        return thread;
    });
    /** Used on the worker only. */
    private final Deflater deflater = new Deflater(InlineMarkedContent.LEVEL);
    private final List<Pending> pending = new ArrayList<>();

    /**
     * A page handed over. Its content and property lists are held by the worker's task only, so they are
     * garbage as soon as the page is compressed, before the next part's collections promote them (held
     * here until the part after, they doubled the serial collector's peak heap).
     */
    private record Pending(PDPage page, Future<InlineMarkedContent.Rewritten> rewritten) {
    }

    /** Hands over the pages from {@code firstPage} on, after giving the pages handed over before their content. */
    void submit(PDDocument pdf, int firstPage) throws IOException {
        finish(pdf);
        for (int p = firstPage; p < pdf.getNumberOfPages(); p++) {
            PDPage page = pdf.getPage(p);
            InlineMarkedContent.Taken taken = InlineMarkedContent.take(page);
            pending.add(new Pending(page, worker.submit(() -> InlineMarkedContent.rewritten(taken, deflater))));
        }
    }

    /** Runs {@code work} on the worker, after what it was given before (the next part's XHTML, parsed). */
    <T> Future<T> later(Callable<T> work) {
        return worker.submit(work);
    }

    /** Waits for the worker and gives every page handed over its rewritten content. */
    void finish(PDDocument pdf) throws IOException {
        for (Pending p : pending) {
            InlineMarkedContent.replace(pdf, p.page(), await(p.rewritten()));
        }
        pending.clear();
    }

    /** What the worker made, its failure thrown here as it was thrown there. */
    static <T> T await(Future<T> rewritten) throws IOException {
        try {
            return rewritten.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the PDF's worker");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lets the worker finish what it holds (pages in memory only), then end; it writes to no document. */
    @Override
    public void close() {
        worker.execute(deflater::end);
        worker.shutdown();
    }
}
