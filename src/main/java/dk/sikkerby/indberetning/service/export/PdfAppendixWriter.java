package dk.sikkerby.indberetning.service.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
        BundledFontMapper.install();
        RendererLog.install();
        long total = 2L * content.rows().size() + 1;
        AtomicLong done = new AtomicLong();
        String xhtml = new AppendixXhtml(messages).build(content, draft, () -> progress.update(done.incrementAndGet(), total));
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            render(xhtml, document, out);
        }
        progress.update(total, total);
    }

    /**
     * Renders into {@code document}, whose page streams go to a temporary file rather than the heap. The
     * fonts are loaded here with glyph substitution (ligatures) off: PDFBox's substitution for Latin
     * scripts costs more time than the rest of the text drawing, and plain glyphs read back better.
     */
    private void render(String xhtml, PDDocument document, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(CONFORMANCE)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer("Sikker By Indberetning")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, null)
                .toStream(out);
        font(builder, document, BundledFont.REGULAR, 400, FontStyle.NORMAL);
        font(builder, document, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, document, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC);
        try {
            builder.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void font(PdfRendererBuilder builder, PDDocument document, String file, int weight, FontStyle style)
            throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = BundledFont.open(file)) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        ttf.setEnableGsub(false);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, ttf, true)), AppendixXhtml.FONT, weight, style, true);
    }
}
