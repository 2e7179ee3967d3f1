package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Moves the property lists of a page's marked content into its content stream (decision 0207). For each
 * tagged text run and each background artifact (a table's cells, rows and borders) openhtmltopdf adds a
 * dictionary to the page's resources and names it in the stream ({@code /Span /MC7 BDC}); a long table
 * gives some 350 of them per page, and they stay on the heap until the file is saved: 230,000 for 2,000
 * initiatives, more than half of all memory the export used. Written inline ({@code /Span <</MCID 7>> BDC}),
 * as PDF allows, they live only in the page's content stream, which the document keeps in a temporary
 * file. The PDF says the same: the same marked content, the same MCIDs, the same artifact boxes.
 */
final class InlineMarkedContent {

    private InlineMarkedContent() {
    }

    /** Rewrites the pages from {@code firstPage} on. */
    static void apply(PDDocument pdf, int firstPage) throws IOException {
        for (int p = firstPage; p < pdf.getNumberOfPages(); p++) {
            inline(pdf, pdf.getPage(p));
        }
    }

    private static void inline(PDDocument pdf, PDPage page) throws IOException {
        PDResources resources = page.getResources();
        COSDictionary properties = resources == null ? null
                : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && OperatorName.BEGIN_MARKED_CONTENT_SEQ.equals(op.getName())
                    && tokens.get(i - 1) instanceof COSName name) {
                COSBase list = properties.getDictionaryObject(name);
                if (list instanceof COSDictionary dictionary) {
                    tokens.set(i - 1, dictionary);
                }
            }
        }
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
        resources.getCOSObject().removeItem(COSName.PROPERTIES);
    }
}
