package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.RichText;
import java.io.IOException;

/**
 * Puts text into the cells of one sheet's row, always as a string (never a formula) and with the quote prefix
 * when a spreadsheet could read it as a formula (decision 0202). Rich text keeps its italic runs and its
 * paragraphs become line breaks; text without italics is written as a plain string, which is smaller and faster.
 */
final class RichTextCells {

    private final WorkbookStyles styles;
    private final SheetXml sheet;

    RichTextCells(WorkbookStyles styles, SheetXml sheet) {
        this.styles = styles;
        this.sheet = sheet;
    }

    void text(int column, String text, int style) throws IOException {
        sheet.text(column, text, guarded(text, style));
    }

    void richText(int column, RichText text, int style) throws IOException {
        if (!text.hasItalic()) {
            text(column, text.plainText(), style);
            return;
        }
        sheet.richText(column, text, guarded(text.plainText(), style));
    }

    private int guarded(String text, int style) {
        return FormulaGuard.isDangerous(text) ? styles.quoted(style) : style;
    }
}
