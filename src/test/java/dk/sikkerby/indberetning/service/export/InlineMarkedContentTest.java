package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/**
 * The byte scan that writes marked content's property lists inline: only a name right before {@code BDC}
 * is replaced, text inside strings, hex strings and comments is never touched, every other byte is kept.
 */
class InlineMarkedContentTest {

    private static COSDictionary properties() {
        COSDictionary properties = new COSDictionary();
        COSDictionary span = new COSDictionary();
        span.setInt(COSName.getPDFName("MCID"), 7);
        properties.setItem(COSName.getPDFName("MC7"), span);
        COSDictionary artifact = new COSDictionary();
        artifact.setItem(COSName.TYPE, COSName.getPDFName("Background"));
        COSArray box = new COSArray();
        box.add(new COSFloat(1.5f));
        box.add(new COSFloat(2f));
        artifact.setItem(COSName.BBOX, box);
        properties.setItem(COSName.getPDFName("MC 8"), artifact);
        return properties;
    }

    private static String scan(String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(new InlineMarkedContent.Scanner(content.getBytes(StandardCharsets.ISO_8859_1), properties(), out).copy());
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theNamedPropertyListIsWrittenInPlaceAndEverythingElseIsKept() throws IOException {
        String span = scan("q\n/Span /MC7 BDC\nBT /F1 9 Tf 10 20 Td <00410042> Tj ET\nEMC Q");
        assertTrue(span.startsWith("q\n/Span <<"), span);
        assertTrue(span.endsWith(" BDC\nBT /F1 9 Tf 10 20 Td <00410042> Tj ET\nEMC Q"), "the rest byte for byte: " + span);
        assertEquals("q /Span << /MCID 7 >> BDC BT /F1 9 Tf 10 20 Td <00410042> Tj ET EMC Q",
                span.replaceAll("\\s+", " ").replace("<</", "<< /"));
        String artifact = scan("/Artifact /MC#208 BDC 0 0 1 1 re f EMC");
        assertTrue(artifact.startsWith("/Artifact <<"), artifact);
        assertTrue(artifact.contains("/Type /Background") && artifact.contains("/BBox [1.5 2"), artifact);
        assertTrue(artifact.endsWith(" BDC 0 0 1 1 re f EMC"), artifact);
    }

    @Test
    void namesInsideStringsCommentsAndOtherOperatorsAreLeftAlone() throws IOException {
        String content = "BT (a /MC7 BDC \\) (b) /MC7 BDC) Tj <2F4D4337204244 43> Tj ET % /MC7 BDC\n"
                + "/Span /MC7 BMC EMC /MC7 BDCX /Unknown BDC EMC";
        assertEquals(content, scan(content));
    }

    @Test
    void aStreamWithAnInlineImageIsLeftToTheParser() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] content = "BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ff EI /Span /MC7 BDC EMC".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(new InlineMarkedContent.Scanner(content, properties(), out).copy());
    }

    /**
     * The renderer writes pages uncompressed (decision 0208): every page comes out compressed once, the
     * one without property lists too, and reads back as the rewritten content.
     */
    @Test
    void everyPageIsCompressedOnceWithItsListsInline() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage tagged = page(pdf, "/Span /MC7 BDC BT ET EMC");
            tagged.getResources().getCOSObject().setItem(COSName.PROPERTIES, properties());
            PDPage plain = page(pdf, "0 0 1 1 re f");
            InlineMarkedContent.apply(pdf, 0);
            for (PDPage page : new PDPage[] {tagged, plain}) {
                COSStream stream = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                assertEquals(COSName.FLATE_DECODE, stream.getFilters());
                assertFalse(page.getResources().getCOSObject().containsKey(COSName.PROPERTIES));
            }
            assertEquals("/Span << /MCID 7 >> BDC BT ET EMC", read(tagged).replaceAll("\\s+", " ").replace("<</", "<< /"));
            assertEquals("0 0 1 1 re f", read(plain));
        }
    }

    private static PDPage page(PDDocument pdf, String content) throws IOException {
        PDPage page = new PDPage();
        page.setResources(new PDResources());
        pdf.addPage(page);
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        return page;
    }

    private static String read(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
