package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/**
 * The marked-content rewrite on the worker thread (decision 0209) writes the same bytes as the rewrite
 * in place, part after part, and leaves no property lists in the resources.
 */
class PagesInBackgroundTest {

    @Test
    void theWorkerWritesThePagesTheRewriteInPlaceWrites() throws IOException {
        try (PDDocument inPlace = new PDDocument(); PDDocument background = new PDDocument();
             PagesInBackground worker = new PagesInBackground()) {
            for (int part = 0; part < 3; part++) {
                int first = inPlace.getNumberOfPages();
                for (int p = 0; p < 4; p++) {
                    long seed = part * 10L + p;
                    page(inPlace, seed);
                    page(background, seed);
                }
                InlineMarkedContent.apply(inPlace, first);
                worker.submit(background, first);
            }
            worker.finish(background);
            assertEquals(12, background.getNumberOfPages());
            for (int p = 0; p < 12; p++) {
                PDPage page = background.getPage(p);
                assertArrayEquals(raw(inPlace.getPage(p)), raw(page), "page " + p);
                assertEquals(COSName.FLATE_DECODE, stream(page).getFilters());
                assertFalse(page.getResources().getCOSObject().containsKey(COSName.PROPERTIES));
            }
        }
    }

    /** A page of marked text runs, each naming its property list, as the renderer writes them. */
    private static void page(PDDocument pdf, long seed) throws IOException {
        Random random = new Random(seed);
        COSDictionary properties = new COSDictionary();
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            COSDictionary list = new COSDictionary();
            list.setInt(COSName.getPDFName("MCID"), i);
            properties.setItem(COSName.getPDFName("MC" + i), list);
            content.append("/Span /MC").append(i).append(" BDC BT /F1 9 Tf ").append(random.nextInt(800))
                    .append(' ').append(random.nextInt(500)).append(" Td (word ").append(random.nextInt())
                    .append(") Tj ET EMC\n");
        }
        PDPage page = new PDPage();
        page.setResources(new PDResources());
        page.getResources().getCOSObject().setItem(COSName.PROPERTIES, properties);
        pdf.addPage(page);
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
    }

    private static COSStream stream(PDPage page) {
        return (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    }

    private static byte[] raw(PDPage page) throws IOException {
        try (InputStream in = stream(page).createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
