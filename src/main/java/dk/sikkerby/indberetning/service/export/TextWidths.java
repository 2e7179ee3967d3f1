package dk.sikkerby.indberetning.service.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Widths of characters in the workbook's font, from the font's own metrics (AWT, headless), so that
 * row heights can be computed for wrapped text: POI sets none, and Excel does not recompute them when
 * it opens a file. The workbook uses Arial; where Arial is not installed a metric-compatible font
 * (Liberation Sans, Arimo, Nimbus Sans) gives the same widths, and the last resort, the JDK's sans
 * serif, is wider, so rows come out too high rather than too low.
 */
final class TextWidths {

    static final String WORKBOOK_FONT = "Arial";
    private static final List<String> CANDIDATES = List.of(WORKBOOK_FONT, "Liberation Sans", "Arimo", "Nimbus Sans");
    private static final int SIZE = 1000;
    private static final int TABLE = 0x250;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final TextWidths INSTANCE = new TextWidths(pickFont());

    private final Font font;
    private final float[] table = new float[TABLE];
    private final ConcurrentHashMap<Character, Float> others = new ConcurrentHashMap<>();

    private TextWidths(Font font) {
        this.font = font;
        for (char c = 0; c < TABLE; c++) {
            table[c] = measure(c);
        }
    }

    static TextWidths get() {
        return INSTANCE;
    }

    /**
     * Measures the font on a thread of its own, so that AWT's font set-up (a quarter of a second in a new process)
     * runs while the export reads the year; whoever asks {@link #get} first after that waits for it, if at all.
     */
    static void measureInBackground() {
        Thread thread = new Thread(TextWidths::get, "text-widths");
        thread.setDaemon(true);
        thread.start();
    }

    /** The family actually measured, for the benchmark notes and the logs. */
    String family() {
        return font.getFamily(Locale.ROOT);
    }

    /** Width of {@code c} in points at a font size of 1 point. */
    float width(char c) {
        return c < TABLE ? table[c] : others.computeIfAbsent(c, this::measure);
    }

    float width(CharSequence text, int from, int to) {
        float sum = 0;
        for (int i = from; i < to; i++) {
            sum += width(text.charAt(i));
        }
        return sum;
    }

    private float measure(char c) {
        if (Character.isISOControl(c)) {
            return 0;
        }
        return (float) font.getStringBounds(String.valueOf(c), CONTEXT).getWidth() / SIZE;
    }

    private static Font pickFont() {
        for (String name : CANDIDATES) {
            Font font = new Font(name, Font.PLAIN, SIZE);
            if (font.getFamily(Locale.ROOT).equalsIgnoreCase(name)) {
                return font;
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, SIZE);
    }
}
