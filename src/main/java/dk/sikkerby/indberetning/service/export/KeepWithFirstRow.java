package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.Locale;

/**
 * How much room a category's heading row needs below it so that it is not left alone at the foot of a
 * page (decision 0207): the heading row's own height and its first initiative's, estimated from the
 * bundled font's widths as the PDF wraps the text (word by word in the column, paragraph by paragraph),
 * a little generously so that the estimate errs towards moving the heading. The PDF gives the category
 * row {@code -fs-page-break-min-height} of this size: when less is left on the page, the heading moves to
 * the next one with its row. A first row taller than a page is split wherever it falls, so then the
 * heading asks only for room for a few of its lines.
 */
final class KeepWithFirstRow {

    /** The page's height between the margins (A4 landscape, 16 mm top and bottom) and its width (12 mm). */
    static final float BODY_HEIGHT = (210f - 32f) * 72f / 25.4f;
    static final float BODY_WIDTH = (297f - 24f) * 72f / 25.4f;
    private static final float FONT = 9f;
    private static final float LINE = FONT * 1.25f;
    private static final float PADDING_X = 2 * 1.5f * 72f / 25.4f + 0.5f;
    private static final float PADDING_Y = 2 * 1.2f * 72f / 25.4f + 0.5f;
    private static final float PARAGRAPH_GAP = 1.5f * 72f / 25.4f;
    private static final float WIDER = 1.04f;
    /** Room the repeated column headings take at the top of a page (two lines), with some to spare. */
    private static final float HEADER_ROW = 2 * LINE + PADDING_Y + 8f;

    private final BundledFont font;
    private final Messages messages;
    private final float[] columns;

    private final ExportContent content;

    /** {@code widths}: the table's column proportions (five, or six with the "last year" column). */
    KeepWithFirstRow(BundledFont font, Messages messages, int[] widths, ExportContent content) {
        this.font = font;
        this.messages = messages;
        this.content = content;
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        columns = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            columns[c] = BODY_WIDTH * widths[c] / sum - PADDING_X;
        }
    }

    /** The {@code -fs-page-break-min-height} of the heading row before {@code first}, in points. */
    String headingWithFirstRow(InitiativeRow first) {
        float heading = LINE + PADDING_Y;
        float row = rowHeight(first);
        float room = BODY_HEIGHT - HEADER_ROW - heading;
        float wanted = row <= room ? row : 3 * LINE + PADDING_Y;
        return String.format(Locale.ROOT, "%.1f", heading + wanted + 2f);
    }

    float rowHeight(InitiativeRow row) {
        float lines = Math.max(lines(row.name(), columns[0]), lines(row.department().code(), columns[1]));
        lines = Math.max(lines, lines(ScoreText.of(row.score(), messages), columns[2]));
        int notes = columns.length - 2;
        float height = Math.max(lines * LINE, Math.max(height(row.departmentNote(), columns[notes]),
                height(row.assessment(), columns[notes + 1])));
        int criteria = content.options().criteria() ? content.criteriaOf(row).size() : 0;
        return height + PADDING_Y + (criteria == 0 ? 0 : (criteria + 1) * LINE + PADDING_Y);
    }

    private float height(RichText text, float width) {
        float height = 0;
        for (RichText.Paragraph paragraph : text.paragraphs()) {
            StringBuilder plain = new StringBuilder();
            paragraph.runs().forEach(r -> plain.append(r.text()));
            height += (height > 0 ? PARAGRAPH_GAP : 0) + lines(plain.toString(), width) * LINE;
        }
        return Math.max(height, LINE);
    }

    /** Lines {@code text} takes in a column {@code width} points wide; a word longer than a line is broken. */
    int lines(String text, float width) {
        String clean = DocumentText.clean(text);
        int lines = 1;
        float line = 0;
        for (String word : clean.split(" ", -1)) {
            float w = width(word);
            float space = width(" ");
            if (line > 0 && line + space + w > width) {
                lines++;
                line = 0;
            } else if (line > 0) {
                line += space;
            }
            while (w > width) {
                lines++;
                w -= width;
            }
            line += w;
        }
        return lines;
    }

    private float width(String text) {
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float advance = font.advance(cp);
            sum += (advance > 0 ? advance : 1f) * FONT * WIDER;
            i += Character.charCount(cp);
        }
        return sum;
    }
}
