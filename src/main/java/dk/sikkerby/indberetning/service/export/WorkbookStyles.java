package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.TrafficLight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's fonts and cell styles (Arial 10, decision 0201) as the numbers the sheets' cells refer to, and
 * the {@code xl/styles.xml} that defines them: the same fonts, fills, borders and formats, in the same order,
 * as the streaming workbook of POI made before decision 1910. {@link #quoted} gives the quote-prefixed twin of a
 * style for text that a spreadsheet would otherwise read as a formula (decision 0202); twins are added in the
 * order they are first needed, so the file holds only the ones its cells use.
 */
final class WorkbookStyles {

    static final short FONT_POINTS = 10;
    static final short TITLE_POINTS = 14;
    static final short FOOTNOTE_POINTS = 9;

    static final int TITLE = 1;
    static final int HEADER = 2;
    static final int CATEGORY = 3;
    static final int TEXT = 4;
    static final int SCORE = 5;
    static final int FOOTNOTE = 6;
    static final int LEGEND_TITLE = 7;
    static final int LEGEND_TEXT = 8;
    static final int DATA_HEADER = 15;
    static final int DATA_TEXT = 16;
    static final int DATA_NUMBER = 17;
    static final int DATA_SHARE = 18;

    private static final String FONTS = "<fonts count=\"5\"><font><sz val=\"10.0\"/><color indexed=\"8\"/>"
            + "<name val=\"Arial\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "<font><name val=\"Arial\"/><sz val=\"10.0\"/></font>"
            + "<font><name val=\"Arial\"/><sz val=\"10.0\"/><b val=\"true\"/></font>"
            + "<font><name val=\"Arial\"/><sz val=\"14.0\"/><b val=\"true\"/></font>"
            + "<font><name val=\"Arial\"/><sz val=\"9.0\"/></font></fonts>";
    private static final String BORDERS = "<borders count=\"5\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><top style=\"thin\"/></border><border><top style=\"thin\"/><bottom style=\"thin\"/></border>"
            + "<border><left style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/></border>"
            + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/></border>"
            + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";
    /** Fill 3 the header's, 5 the category rows', 7, 9 and 11 the traffic lights'; each after an unused twin. */
    private static final String[] FILL_COLOURS = {AppendixText.HEADER_FILL, AppendixText.CATEGORY_FILL,
        AppendixText.fill(TrafficLight.RED), AppendixText.fill(TrafficLight.YELLOW), AppendixText.fill(TrafficLight.GREEN)};
    private static final String PLAIN = "fontId=\"1\"";
    private static final String BOLD = "fontId=\"2\"";

    private final List<String> xfs = new ArrayList<>(List.of(
            "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"|",
            xf("fontId=\"3\" fillId=\"0\" borderId=\"0\"", false, "top", null),
            xf(BOLD + " fillId=\"3\" borderId=\"4\"", true, "top", null),
            xf(BOLD + " fillId=\"5\" borderId=\"4\"", false, "top", null),
            xf(PLAIN + " fillId=\"0\" borderId=\"4\"", true, "top", null),
            xf(PLAIN + " fillId=\"0\" borderId=\"4\"", true, "top", "center"),
            xf("fontId=\"4\" fillId=\"0\" borderId=\"0\"", true, "top", null),
            xf(BOLD + " fillId=\"0\" borderId=\"0\"", false, "top", null),
            xf(PLAIN + " fillId=\"0\" borderId=\"0\"", false, "top", null),
            xf(PLAIN + " fillId=\"7\" borderId=\"4\"", true, "top", "center"),
            xf(PLAIN + " fillId=\"7\" borderId=\"4\"", false, "top", "center"),
            xf(PLAIN + " fillId=\"9\" borderId=\"4\"", true, "top", "center"),
            xf(PLAIN + " fillId=\"9\" borderId=\"4\"", false, "top", "center"),
            xf(PLAIN + " fillId=\"11\" borderId=\"4\"", true, "top", "center"),
            xf(PLAIN + " fillId=\"11\" borderId=\"4\"", false, "top", "center"),
            xf(BOLD + " fillId=\"0\" borderId=\"0\"", false, "top", null),
            xf(PLAIN + " fillId=\"0\" borderId=\"0\"", false, "bottom", null),
            xf(PLAIN + " fillId=\"0\" borderId=\"0\"", false, "top", null),
            "numFmtId=\"9\" " + PLAIN + " fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\" applyAlignment=\"true\""
                    + " applyNumberFormat=\"true\"|<alignment wrapText=\"false\" vertical=\"top\"/>"));
    private final Map<Integer, Integer> quotedTwins = new LinkedHashMap<>();

    /** The style of a score coloured {@code light}. */
    static int lightScore(TrafficLight light) {
        return 9 + 2 * light.ordinal();
    }

    /** The style of the legend's cell for {@code light}. */
    static int lightLegend(TrafficLight light) {
        return 10 + 2 * light.ordinal();
    }

    /** The same style with the quote prefix: the cell stays text even when edited in Excel. */
    int quoted(int style) {
        return quotedTwins.computeIfAbsent(style, s -> {
            String[] parts = xfs.get(s).split("\\|", 2);
            xfs.add(parts[0] + " quotePrefix=\"true\"|" + parts[1]);
            return xfs.size() - 1;
        });
    }

    /** {@code xl/styles.xml}: every style the sheets refer to, the quoted twins made so far included. */
    String xml() {
        StringBuilder out = new StringBuilder(8192).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet ")
                .append("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"0\"/>")
                .append(FONTS).append("<fills count=\"12\"><fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"darkGray\"/></fill>");
        for (String rgb : FILL_COLOURS) {
            out.append("<fill><patternFill patternType=\"none\"><fgColor rgb=\"").append(rgb).append("\"/></patternFill></fill>")
                    .append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"").append(rgb).append("\"/></patternFill></fill>");
        }
        out.append("</fills>").append(BORDERS).append("<cellXfs count=\"").append(xfs.size()).append("\">");
        for (String xf : xfs) {
            String[] parts = xf.split("\\|", 2);
            out.append("<xf ").append(parts[0]);
            out.append(parts[1].isEmpty() ? "/>" : ">" + parts[1] + "</xf>");
        }
        return out.append("</cellXfs></styleSheet>").toString();
    }

    /** One cell format: its attributes, then after {@code |} its alignment. */
    private static String xf(String fontFillBorder, boolean wrap, String vertical, String horizontal) {
        boolean border = !fontFillBorder.endsWith("borderId=\"0\"");
        boolean fill = !fontFillBorder.contains("fillId=\"0\"");
        return "numFmtId=\"0\" " + fontFillBorder + " xfId=\"0\" applyFont=\"true\" applyAlignment=\"true\""
                + (border ? " applyBorder=\"true\"" : "") + (fill ? " applyFill=\"true\"" : "")
                + "|<alignment wrapText=\"" + wrap + "\" vertical=\"" + vertical + "\""
                + (horizontal == null ? "" : " horizontal=\"" + horizontal + "\"") + "/>";
    }
}
