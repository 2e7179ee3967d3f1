package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.RichText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet's XML ({@code xl/worksheets/sheetN.xml}), written as it goes: the layout first, then rows in
 * order, each with its cells in order, then merged regions, the autofilter and the print settings. It writes
 * what POI's streaming workbook wrote for the same calls (decision 1910): strings inline ({@code <is>}), rich
 * text as runs with the italic ones marked, text escaped by {@link XmlText}; never a formula. The sheet's extent
 * ({@code <dimension>}) comes before its rows in the file, so the caller declares it in the {@link Layout}, and
 * {@link #end} refuses a sheet whose cells went beyond or fell short of it.
 */
final class SheetXml {

    /**
     * How the sheet is laid out: its last row and column (0-based), the rows frozen at the top, the column widths
     * in characters, whether it is the selected sheet and is fitted to the page, and the XML of its print settings.
     */
    record Layout(int lastRow, int lastColumn, int frozenRows, int[] widths, boolean selected, boolean fitToPage,
                  String print) {
    }

    static final String DEFAULT_PRINT =
            "<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>";

    private static final String PLAIN_RUN = runStart(false);
    private static final String ITALIC_RUN = runStart(true);

    private final Writer out;
    private final List<String> merged = new ArrayList<>();
    private Layout layout;
    private String autoFilter;
    private int row = -1;
    private int lastColumn = -1;

    SheetXml(Writer out) {
        this.out = out;
    }

    void begin(Layout sheet) throws IOException {
        layout = sheet;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (sheet.fitToPage()) {
            out.write("<sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>");
        }
        out.write("<dimension ref=\"A1:" + reference(sheet.lastRow(), sheet.lastColumn()) + "\"/><sheetViews>"
                + "<sheetView workbookViewId=\"0\"" + (sheet.selected() ? " tabSelected=\"true\"" : "") + ">"
                + "<pane ySplit=\"" + sheet.frozenRows() + ".0\" state=\"frozen\" topLeftCell=\"A" + (sheet.frozenRows() + 1)
                + "\" activePane=\"bottomLeft\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
        for (int c = 0; c < sheet.widths().length; c++) {
            out.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + sheet.widths()[c]
                    + ".0\" customWidth=\"true\"/>");
        }
        out.write("</cols><sheetData>\n");
    }

    /** Starts row {@code index} (0-based, after the last one), {@code points} high, or as high as its font if NaN. */
    void row(int index, float points) throws IOException {
        if (index <= row) {
            throw new IllegalStateException("row " + index + " after row " + row);
        }
        closeRow();
        row = index;
        out.write("<row r=\"" + (index + 1) + "\"");
        if (!Float.isNaN(points)) {
            out.write(" customHeight=\"1\" ht=\"" + inTwips(points) + "\"");
        }
        out.write(">\n");
    }

    void text(int column, String text, int style) throws IOException {
        cellStart(column, style);
        out.write(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            out.write(" xml:space=\"preserve\"");
        }
        out.write('>');
        XmlText.write(out, text);
        out.write("</t></is></c>");
    }

    /** Rich text inline, one run per run of the text (italic ones marked), paragraphs joined by line breaks. */
    void richText(int column, RichText text, int style) throws IOException {
        cellStart(column, style);
        out.write(" t=\"inlineStr\"><is>");
        String lineBreak = "";
        for (RichText.Paragraph paragraph : text.paragraphs()) {
            for (RichText.Run run : paragraph.runs()) {
                out.write(run.italic() ? ITALIC_RUN : PLAIN_RUN);
                XmlText.write(out, lineBreak + run.text());
                out.write("</t></r>");
                lineBreak = "";
            }
            lineBreak = "\n";
        }
        out.write("</is></c>");
    }

    void number(int column, double value, int style) throws IOException {
        cellStart(column, style);
        out.write(" t=\"n\"><v>" + value + "</v></c>");
    }

    void bool(int column, boolean value, int style) throws IOException {
        cellStart(column, style);
        out.write(" t=\"b\"><v>" + (value ? '1' : '0') + "</v></c>");
    }

    void blank(int column, int style) throws IOException {
        cellStart(column, style);
        out.write("></c>");
    }

    /** Merges the cells of one row from {@code firstColumn} to {@code lastColumn}. */
    void merge(int index, int firstColumn, int lastColumn) {
        merged.add(reference(index, firstColumn) + ":" + reference(index, lastColumn));
    }

    /** An autofilter from A1 to the given row and column; returns its range as a formula's reference. */
    String autoFilter(int lastRow, int lastColumn) {
        autoFilter = "A1:" + reference(lastRow, lastColumn);
        return "$A$1:$" + column(lastColumn) + "$" + (lastRow + 1);
    }

    void end() throws IOException {
        closeRow();
        if (row != layout.lastRow() || lastColumn != layout.lastColumn()) {
            throw new IllegalStateException("the sheet ends at " + reference(row, lastColumn) + ", not at "
                    + reference(layout.lastRow(), layout.lastColumn()) + " as declared");
        }
        out.write("</sheetData>");
        if (autoFilter != null) {
            out.write("<autoFilter ref=\"" + autoFilter + "\"/>");
        }
        if (!merged.isEmpty()) {
            out.write("<mergeCells count=\"" + merged.size() + "\">");
            for (String range : merged) {
                out.write("<mergeCell ref=\"" + range + "\"/>");
            }
            out.write("</mergeCells>");
        }
        out.write(layout.print());
        out.write("</worksheet>");
    }

    private void closeRow() throws IOException {
        if (row >= 0) {
            out.write("</row>\n");
        }
    }

    private void cellStart(int column, int style) throws IOException {
        lastColumn = Math.max(lastColumn, column);
        out.write("<c r=\"" + reference(row, column) + "\"");
        if (style != 0) {
            out.write(" s=\"" + style + "\"");
        }
    }

    /** A height as the file stores it, in whole twentieths of a point (rounded down, as POI's rows did). */
    static float inTwips(float points) {
        return (short) (points * 20) / 20f;
    }

    /** "A1" for row 0, column 0. */
    static String reference(int row, int column) {
        return column(column) + (row + 1);
    }

    /** "A" for 0, "Z" for 25, "AA" for 26. */
    static String column(int column) {
        StringBuilder letters = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    private static String runStart(boolean italic) {
        return "<r><rPr>" + (italic ? "<i/>" : "") + "<sz val=\"" + WorkbookStyles.FONT_POINTS + "\"/><rFont val=\""
                + TextWidths.WORKBOOK_FONT + "\"/><family val=\"2\"/></rPr><t xml:space=\"preserve\">";
    }
}
