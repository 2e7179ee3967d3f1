package dk.sikkerby.indberetning.service.export;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's answer when asked for a font that is not embedded (the renderer sets up the standard 14
 * fonts even when it never uses them): the bundled DejaVu Sans Condensed. Without it PDFBox scans every
 * font installed on the computer and writes a cache file into the user's home folder on the first export;
 * with it the PDF export touches no system font at all. Nothing in the appendix uses such a font: the
 * PDF/A test would fail if it did.
 */
final class BundledFontMapper implements FontMapper {

    private static volatile boolean installed;
    private final TrueTypeFont font;

    private BundledFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    /** Installs the mapper once for the process, before the first PDF is rendered. */
    static void install() {
        if (installed) {
            return;
        }
        synchronized (BundledFontMapper.class) {
            if (!installed) {
                FontMappers.set(new BundledFontMapper(BundledFont.get().font()));
                installed = true;
            }
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, true);
    }
}
