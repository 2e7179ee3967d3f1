package dk.sikkerby.indberetning.service.offline;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of a workbook: locked text, the yellow input cells, headers and the title. */
final class TemplateStyles {

    final CellStyle title;
    final CellStyle help;
    final CellStyle header;
    final CellStyle locked;
    final CellStyle input;
    final CellStyle note;
    final XSSFFont italic;

    TemplateStyles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        italic = workbook.createFont();
        italic.setItalic(true);

        title = workbook.createCellStyle();
        title.setFont(big);
        help = workbook.createCellStyle();
        help.setWrapText(true);
        help.setVerticalAlignment(VerticalAlignment.TOP);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        locked = workbook.createCellStyle();
        locked.setWrapText(true);
        locked.setVerticalAlignment(VerticalAlignment.TOP);
        input = inputStyle(workbook);
        note = inputStyle(workbook);
        note.setWrapText(true);
    }

    private static CellStyle inputStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setLocked(false);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
