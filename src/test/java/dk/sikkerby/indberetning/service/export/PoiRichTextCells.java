package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.RichText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Puts text into cells, always as a string (never a formula) and with the quote prefix when a
 * spreadsheet could read it as a formula. Rich text keeps its italic runs and its paragraphs become
 * line breaks; text without italics is written as a plain string, which is smaller and faster.
 */
final class PoiRichTextCells {

    private final PoiWorkbookStyles styles;
    private final RichInlineWorkbook workbook;

    PoiRichTextCells(PoiWorkbookStyles styles, RichInlineWorkbook workbook) {
        this.styles = styles;
        this.workbook = workbook;
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
        workbook.setRichText(cell, text);
        cell.setCellStyle(FormulaGuard.isDangerous(text.plainText()) ? styles.quoted(style) : style);
    }
}
