package dk.sikkerby.indberetning.service.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

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
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(CONFORMANCE)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer("Sikker By Indberetning")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, null)
                .toStream(out);
        font(builder, BundledFont.REGULAR, 400, FontStyle.NORMAL);
        font(builder, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC);
        try {
            builder.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.update(total, total);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> BundledFont.open(file), AppendixXhtml.FONT, weight, style, true);
    }
}
