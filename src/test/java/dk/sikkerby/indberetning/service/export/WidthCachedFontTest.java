package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The renderer's view of the bundled font measures and encodes exactly as the loaded font does, and is that font. */
class WidthCachedFontTest {

    @Test
    void widthsAndCodesAreTheLoadedFontsAndItIsOneFontToPdfBox() throws Exception {
        try (PDDocument document = new PDDocument(); InputStream in = BundledFont.open(BundledFont.REGULAR)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(document, ttf, true);
            WidthCachedFont cached = new WidthCachedFont(font);
            for (String text : new String[] {"", "Målopfyldelse", "Æbleø og Åen", "fi ffl 2/3 – “citat”", "Ελληνικά Кириллица",
                    "Sikker By bemærkning Sikker By bemærkning", "\uFFFD", "Ikke relevant"}) {
                assertEquals(font.getStringWidth(text), cached.getStringWidth(text), text);
                assertEquals(font.getStringWidth(text), cached.getStringWidth(text), "again, remembered: " + text);
                assertArrayEquals(font.encode(text), cached.encode(text), text);
            }
            assertEquals(font, cached, "PDFBox compares fonts by their dictionary");
            assertEquals(font.getCOSObject(), cached.getCOSObject());
            assertEquals(font.getName(), cached.getName());
        }
    }
}
