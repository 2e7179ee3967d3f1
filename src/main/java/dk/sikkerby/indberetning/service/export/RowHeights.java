package dk.sikkerby.indberetning.service.export;

/**
 * Computes the height a row needs to show its wrapped text, as Excel and LibreOffice wrap it: each
 * paragraph is filled word by word into the column's width, and a word longer than the line is broken.
 * Widths come from the font's metrics with a safety margin, so text is never cut off at the bottom.
 * Excel cannot make a row higher than 409 points; a row that would need more is reported as clipped.
 */
final class RowHeights {

    static final float MAX_POINTS = 409f;
    /** Excel's line height is 1.275 times the font size (12.75 points for 10-point Arial). */
    private static final float LINE_FACTOR = 1.275f;
    private static final float PADDING_POINTS = 3f;
    /** Screen rendering at 96 dpi rounds glyphs to whole pixels; leave room for it. */
    private static final float WIDTH_MARGIN = 0.95f;
    /** Space Excel keeps free at the left and right of a cell's text, in points. */
    private static final float CELL_MARGIN_POINTS = 5f;

    private final TextWidths widths;

    RowHeights(TextWidths widths) {
        this.widths = widths;
    }

    /** Width in points of a column set with {@code Sheet.setColumnWidth(chars * 256)} (7 pixels a character). */
    static float columnPoints(int chars) {
        return (chars * 7 + 5) * 0.75f;
    }

    /** Lines the text takes in a column {@code columnPoints} wide, at {@code fontPoints}; empty text takes one. */
    int lines(String text, float columnPoints, float fontPoints) {
        float usable = Math.max(1f, (columnPoints - CELL_MARGIN_POINTS) * WIDTH_MARGIN / fontPoints);
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            lines += paragraphLines(text, start, end < 0 ? text.length() : end, usable);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    private int paragraphLines(String text, int from, int to, float usable) {
        int lines = 1;
        float line = 0;
        int i = from;
        while (i < to) {
            int wordEnd = i;
            while (wordEnd < to && text.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            float word = widths.width(text, i, wordEnd);
            if (line > 0 && line + word > usable) {
                lines++;
                line = 0;
            }
            while (word > usable) {
                lines++;
                word -= usable;
            }
            line += word;
            int spaces = wordEnd;
            while (spaces < to && text.charAt(spaces) == ' ') {
                spaces++;
            }
            line += widths.width(text, wordEnd, spaces);
            i = spaces;
        }
        return lines;
    }

    /** Points a row of {@code lines} lines needs at {@code fontPoints}, not capped. */
    static float points(int lines, float fontPoints) {
        return lines * fontPoints * LINE_FACTOR + PADDING_POINTS;
    }
}
