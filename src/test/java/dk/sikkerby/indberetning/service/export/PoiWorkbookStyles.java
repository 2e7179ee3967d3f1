package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.TrafficLight;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's fonts and cell styles, made once per workbook (a workbook holds at most 64,000
 * styles, so never one per cell). {@link #quoted} gives the quote-prefixed twin of a style for text
 * that a spreadsheet would otherwise read as a formula.
 */
final class PoiWorkbookStyles {

    static final short FONT_POINTS = 10;
    static final short TITLE_POINTS = 14;
    static final short FOOTNOTE_POINTS = 9;

    private static final byte[] CATEGORY_FILL = rgb(0xD9, 0xD9, 0xD9);
    private static final byte[] HEADER_FILL = rgb(0xBF, 0xBF, 0xBF);
    private static final Map<TrafficLight, byte[]> LIGHT_FILLS = Map.of(
            TrafficLight.RED, rgb(0xF8, 0x69, 0x6B),
            TrafficLight.YELLOW, rgb(0xFF, 0xEB, 0x84),
            TrafficLight.GREEN, rgb(0x63, 0xBE, 0x7B));

    private final Workbook workbook;
    private final XSSFFont plain;
    private final XSSFFont bold;
    final CellStyle title;
    final CellStyle header;
    final CellStyle category;
    final CellStyle text;
    final CellStyle score;
    final CellStyle footnote;
    final CellStyle legendTitle;
    final CellStyle legendText;
    final CellStyle dataHeader;
    final CellStyle dataText;
    final CellStyle dataNumber;
    final CellStyle dataShare;
    private final Map<TrafficLight, CellStyle> lightScores = new EnumMap<>(TrafficLight.class);
    private final Map<TrafficLight, CellStyle> lightLegends = new EnumMap<>(TrafficLight.class);
    private final Map<CellStyle, CellStyle> quotedTwins = new HashMap<>();

    PoiWorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        XSSFFont base = (XSSFFont) workbook.getFontAt(0);
        base.setFontName(TextWidths.WORKBOOK_FONT);
        base.setFontHeightInPoints(FONT_POINTS);
        plain = font(false, false, FONT_POINTS);
        bold = font(true, false, FONT_POINTS);
        title = style(font(true, false, TITLE_POINTS), false, false);
        header = bordered(style(bold, true, false));
        fill(header, HEADER_FILL);
        category = bordered(style(bold, false, false));
        fill(category, CATEGORY_FILL);
        text = bordered(style(plain, true, false));
        score = bordered(style(plain, true, true));
        footnote = style(font(false, false, FOOTNOTE_POINTS), true, false);
        legendTitle = style(bold, false, false);
        legendText = style(plain, false, false);
        for (TrafficLight light : TrafficLight.values()) {
            CellStyle lit = bordered(style(plain, true, true));
            fill(lit, LIGHT_FILLS.get(light));
            lightScores.put(light, lit);
            CellStyle legend = bordered(style(plain, false, true));
            fill(legend, LIGHT_FILLS.get(light));
            lightLegends.put(light, legend);
        }
        dataHeader = style(bold, false, false);
        dataText = style(plain, false, false);
        dataText.setVerticalAlignment(VerticalAlignment.BOTTOM);
        dataNumber = style(plain, false, false);
        dataShare = style(plain, false, false);
        dataShare.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    }

    CellStyle lightScore(TrafficLight light) {
        return lightScores.get(light);
    }

    CellStyle lightLegend(TrafficLight light) {
        return lightLegends.get(light);
    }

    /** The same style with the quote prefix: the cell stays text even when edited in Excel. */
    CellStyle quoted(CellStyle style) {
        return quotedTwins.computeIfAbsent(style, s -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(s);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    private XSSFFont font(boolean isBold, boolean isItalic, short points) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(TextWidths.WORKBOOK_FONT);
        font.setFontHeightInPoints(points);
        font.setBold(isBold);
        font.setItalic(isItalic);
        return font;
    }

    private CellStyle style(XSSFFont font, boolean wrap, boolean centred) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (centred) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fill(CellStyle style, byte[] rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
