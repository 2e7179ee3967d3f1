package dk.sikkerby.indberetning.service.export;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.resource.XMLResource;
import com.openhtmltopdf.util.ThreadCtx;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Writes the appendix as a PDF for the committee (decision 0206): the XHTML of {@link AppendixXhtml}
 * rendered by openhtmltopdf on PDFBox as tagged PDF/UA-1 and PDF/A-2u, with the bundled DejaVu Sans
 * Condensed embedded (no system font is ever used), the sRGB output intent, the title in the metadata
 * and the language in the catalogue. The renderer may load nothing from outside the document.
 *
 * <p>The appendix is rendered in parts into one document (decision 0207). Beside the renderer, on a second
 * core, {@link PagesInBackground} writes and parses the next part's XHTML and rewrites and compresses the
 * drawn pages (decision 0209).
 */
public final class PdfAppendixWriter {

    static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_U;

    private final Messages messages;

    public PdfAppendixWriter(Messages messages) {
        this.messages = messages;
    }

    public void write(ExportContent content, boolean draft, OutputStream out, Progress progress) throws IOException {
        write(content, draft, out, progress, AppendixParts.BUDGET);
    }

    /** As {@link #write(ExportContent, boolean, OutputStream, Progress)}, in parts of about {@code budget} characters. */
    void write(ExportContent content, boolean draft, OutputStream out, Progress progress, int budget) throws IOException {
        BundledFontMapper.install();
        RendererLog.install();
        long total = content.rows().size() + 1L;
        long done = 0;
        AppendixXhtml xhtml = new AppendixXhtml(messages);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             PagesInBackground worker = new PagesInBackground()) {
            Fonts fonts = new Fonts(document);
            StructureJoin structure = new StructureJoin();
            FSDefaultCacheStore metrics = new FSDefaultCacheStore();
            List<AppendixParts.Part> parts = AppendixParts.of(content, budget);
            Future<Document> next = worker.later(() -> parsed(xhtml.build(content, parts.get(0), draft, () -> { })));
            for (int i = 0; i < parts.size(); i++) {
                Document html = PagesInBackground.await(next);
                if (i + 1 < parts.size()) {
                    // the next part's XHTML is written and parsed on the second core while this one renders
                    AppendixParts.Part after = parts.get(i + 1);
                    next = worker.later(() -> parsed(xhtml.build(content, after, draft, () -> { })));
                }
                int firstPage = document.getNumberOfPages();
                render(html, parts.get(i).first(), document, fonts, metrics);
                structure.absorb(document, firstPage);
                worker.submit(document, firstPage);
                done += parts.get(i).segments().stream().mapToInt(s -> s.rows().size()).sum();
                progress.update(done, total);
            }
            worker.finish(document);
            structure.finish(document);
            PageNumbers.draw(document, fonts.regular, new AppendixText(messages).pageNumberParts());
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
        }
        progress.update(total, total);
    }

    /**
     * The part's XHTML parsed as the renderer parses a string (its {@code withHtmlContent}), on the worker:
     * the parser reads its context from a thread-local, only the preferred XML factories (none, the JDK's).
     */
    private static Document parsed(String xhtml) {
        ThreadCtx.get().setSharedContext(new SharedContext());
        try {
            return XMLResource.load(new InputSource(new BufferedReader(new StringReader(xhtml)))).getDocument();
        } finally {
            ThreadCtx.cleanup();
        }
    }

    /**
     * Renders one part into {@code document}, after the pages already there; the output intent is added
     * with the first part only, and the parts share the fonts and the renderer's cache of font metrics.
     */
    private void render(Document xhtml, boolean first, PDDocument document, Fonts fonts, FSDefaultCacheStore metrics)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .useFastMode()
                // Its only effect: the pages' content streams are written uncompressed, to be compressed
                // once by InlineMarkedContent after the rewrite (decision 0208).
                .testMode(true)
                .usePageSupplier(new IndexedPropertyPages())
                .usePdfUaAccessibility(true)
                .usePdfAConformance(CONFORMANCE)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, metrics)
                .withProducer("Sikker By Indberetning")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(xhtml, null);
        if (first) {
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        builder.useFont(fonts.regularSupplier, AppendixXhtml.FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(fonts.bold, AppendixXhtml.FONT, 700, FontStyle.NORMAL, true);
        builder.useFont(fonts.italic, AppendixXhtml.FONT, 400, FontStyle.ITALIC, true);
        try {
            builder.buildPdfRenderer().createPDFWithoutClosing();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The bundled fonts, loaded once into the document with glyph substitution (ligatures) off: PDFBox's
     * substitution for Latin scripts costs more time than the rest of the text drawing, and plain glyphs
     * read back better. Embedded as subsets when the document is saved. The renderer gets them with its
     * measured widths remembered ({@link WidthCachedFont}).
     */
    private static final class Fonts {
        final PDType0Font regular;
        final PDFontSupplier regularSupplier;
        final PDFontSupplier bold;
        final PDFontSupplier italic;

        Fonts(PDDocument document) throws IOException {
            regular = load(document, BundledFont.REGULAR);
            regularSupplier = new PDFontSupplier(new WidthCachedFont(regular));
            bold = new PDFontSupplier(new WidthCachedFont(load(document, "DejaVuSansCondensed-Bold.ttf")));
            italic = new PDFontSupplier(new WidthCachedFont(load(document, "DejaVuSansCondensed-Oblique.ttf")));
        }

        private static PDType0Font load(PDDocument document, String file) throws IOException {
            TrueTypeFont ttf;
            try (InputStream in = BundledFont.open(file)) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            ttf.setEnableGsub(false);
            return PDType0Font.load(document, ttf, true);
        }
    }
}
