package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.RichText;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes a cell that has rich text waiting in {@link RichInlineWorkbook} as an inline string with
 * runs ({@code <is><r><rPr><i/>…</rPr><t>…</t></r>…</is>}), which Excel and LibreOffice read as rich
 * text; paragraphs become line breaks. Every other cell is written by SXSSF as usual. Text is escaped
 * as SXSSF's own routine escapes it ({@link XmlText}).
 */
final class RichInlineSheetDataWriter extends SheetDataWriter {

    private static final String PLAIN_RUN = runStart(false);
    private static final String ITALIC_RUN = runStart(true);

    private final RichInlineWorkbook workbook;

    RichInlineSheetDataWriter(RichInlineWorkbook workbook) throws IOException {
        super();
        this.workbook = workbook;
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        RichText rich = cell == null ? null : workbook.takeRichText(cell);
        if (rich == null) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
        _out.write('"');
        short style = cell.getCellStyle().getIndex();
        if (style != 0) {
            _out.write(" s=\"" + (style & 0xffff) + "\"");
        }
        _out.write(" t=\"inlineStr\"><is>");
        String lineBreak = "";
        for (RichText.Paragraph paragraph : rich.paragraphs()) {
            for (RichText.Run run : paragraph.runs()) {
                _out.write(run.italic() ? ITALIC_RUN : PLAIN_RUN);
                outputEscapedString(lineBreak + run.text());
                _out.write("</t></r>");
                lineBreak = "";
            }
            lineBreak = "\n";
        }
        _out.write("</is></c>");
    }

    /** The same characters as POI's, written a stretch at a time ({@link XmlText}); used for every cell. */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        XmlText.write(_out, text);
    }

    private static String runStart(boolean italic) {
        return "<r><rPr>" + (italic ? "<i/>" : "") + "<sz val=\"" + PoiWorkbookStyles.FONT_POINTS + "\"/><rFont val=\""
                + TextWidths.WORKBOOK_FONT + "\"/><family val=\"2\"/></rPr><t xml:space=\"preserve\">";
    }
}
