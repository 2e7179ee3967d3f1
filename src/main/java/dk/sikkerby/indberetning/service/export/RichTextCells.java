package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.RichText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Puts text into cells, always as a string (never a formula) and with the quote prefix when a
 * spreadsheet could read it as a formula. Rich text keeps its italic runs; its paragraphs become line
 * breaks. Text without italics is written as a plain string, which is smaller and faster.
 */
final class RichTextCells {

    private final WorkbookStyles styles;

    RichTextCells(WorkbookStyles styles) {
        this.styles = styles;
    }

    void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(FormulaGuard.isDangerous(text) ? styles.quoted(style) : style);
    }

    void richText(Cell cell, RichText text, CellStyle style) {
        if (!text.hasItalic()) {
            text(cell, text.plainText(), style);
            return;
        }
        XSSFRichTextString value = new XSSFRichTextString();
        String lineBreak = "";
        for (RichText.Paragraph paragraph : text.paragraphs()) {
            for (RichText.Run run : paragraph.runs()) {
                value.append(lineBreak + run.text(), run.italic() ? styles.italicFont() : styles.plainFont());
                lineBreak = "";
            }
            lineBreak = "\n";
        }
        cell.setCellValue(value);
        cell.setCellStyle(FormulaGuard.isDangerous(text.plainText()) ? styles.quoted(style) : style);
    }
}
