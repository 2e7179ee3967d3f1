package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font bundled for the PDF (DejaVu Sans Condensed, its licence beside it), and what it can draw. A
 * character it lacks would otherwise vanish from the PDF without a trace; here it becomes its compatible
 * form when the font has that (full-width "＝" becomes "="), or else the replacement character "\uFFFD",
 * so that a reader sees that something was there.
 */
final class BundledFont {

    static final String FOLDER = "/dk/sikkerby/indberetning/service/export/fonts/";
    static final String REGULAR = "DejaVuSansCondensed.ttf";
    private static final String REPLACEMENT = "\uFFFD";

    private static volatile BundledFont instance;

    private final TrueTypeFont font;
    private final CmapLookup cmap;

    private BundledFont(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
    }

    static BundledFont get() {
        BundledFont loaded = instance;
        if (loaded == null) {
            synchronized (BundledFont.class) {
                if (instance == null) {
                    try (InputStream in = open(REGULAR)) {
                        instance = new BundledFont(new TTFParser().parse(new RandomAccessReadBuffer(in)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("The bundled font could not be read", e);
                    }
                }
                loaded = instance;
            }
        }
        return loaded;
    }

    static InputStream open(String file) {
        InputStream in = BundledFont.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("The bundled font " + file + " is missing from the program");
        }
        return in;
    }

    TrueTypeFont font() {
        return font;
    }

    /** The advance width of {@code codePoint} in points at a size of 1 point (0 when the font lacks it). */
    float advance(int codePoint) {
        try {
            int glyph = cmap.getGlyphId(codePoint);
            return glyph <= 0 ? 0f : font.getAdvanceWidth(glyph) / (float) font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font could not be read", e);
        }
    }

    boolean covers(int codePoint) {
        return codePoint == ' ' || cmap.getGlyphId(codePoint) > 0;
    }

    /** The text with every character the font cannot draw replaced as the class comment says. */
    String drawable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!covers(cp) && !isInvisibleControl(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(substitute(cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private String substitute(int cp) {
        String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        boolean drawable = !compatible.isEmpty() && compatible.codePoints().allMatch(this::covers);
        return drawable ? compatible : REPLACEMENT;
    }

    /** Formatting marks (such as the right-to-left mark) have no glyph and need none. */
    private static boolean isInvisibleControl(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }
}
