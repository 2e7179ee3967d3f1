package dk.sikkerby.indberetning.service.export;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the appendix as a PDF for the committee (decision 0206): the XHTML of {@link AppendixXhtml}
 * rendered by openhtmltopdf on PDFBox as tagged PDF/UA-1 and PDF/A-2u, with the bundled DejaVu Sans
 * Condensed embedded (no system font is ever used), the sRGB output intent, the title in the metadata
 * and the language in the catalogue. The renderer may load nothing from outside the document.
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
        AtomicLong done = new AtomicLong();
        AppendixXhtml xhtml = new AppendixXhtml(messages);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Fonts fonts = new Fonts(document);
            StructureJoin structure = new StructureJoin();
            FSDefaultCacheStore metrics = new FSDefaultCacheStore();
            for (AppendixParts.Part part : AppendixParts.of(content, budget)) {
                String html = xhtml.build(content, part, draft, () -> progress.update(done.incrementAndGet(), total));
                int firstPage = document.getNumberOfPages();
                render(html, part.first(), document, fonts, metrics);
                structure.absorb(document, firstPage);
                InlineMarkedContent.apply(document, firstPage);
            }
            structure.finish(document);
            PageNumbers.draw(document, fonts.regular, new AppendixText(messages).pageNumberParts());
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
        }
        progress.update(total, total);
    }

    /**
     * Renders one part into {@code document}, after the pages already there; the output intent is added
     * with the first part only, and the parts share the fonts and the renderer's cache of font metrics.
     */
    private void render(String xhtml, boolean first, PDDocument document, Fonts fonts, FSDefaultCacheStore metrics)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .useFastMode()
                // Its only effect: the pages' content streams are written uncompressed, to be compressed
                // once by InlineMarkedContent after the rewrite (decision 0208).
                .testMode(true)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(CONFORMANCE)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, metrics)
                .withProducer("Sikker By Indberetning")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, null);
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
