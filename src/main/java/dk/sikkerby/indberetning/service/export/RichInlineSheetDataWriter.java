package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Writes a cell holding formatted rich text as an inline string with runs
 * ({@code <is><r><rPr><i/>…</rPr><t>…</t></r>…</is>}), which Excel and LibreOffice read as rich text.
 * Every other cell is written by SXSSF as usual. Text is escaped by SXSSF's own routine.
 */
final class RichInlineSheetDataWriter extends SheetDataWriter {

    RichInlineSheetDataWriter() throws IOException {
        super();
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell != null && cell.getCellType() == CellType.STRING
                && cell.getRichStringCellValue() instanceof XSSFRichTextString rich
                && rich.numFormattingRuns() > 0) {
            writeRichCell(columnIndex, cell, rich);
        } else {
            super.writeCell(columnIndex, cell);
        }
    }

    private void writeRichCell(int columnIndex, Cell cell, XSSFRichTextString rich) throws IOException {
        _out.write("<c r=\"");
        _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
        _out.write('"');
        short style = cell.getCellStyle().getIndex();
        if (style != 0) {
            _out.write(" s=\"" + (style & 0xffff) + "\"");
        }
        _out.write(" t=\"inlineStr\"><is>");
        String text = rich.getString();
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            int start = rich.getIndexOfFormattingRun(i);
            String run = text.substring(start, start + rich.getLengthOfFormattingRun(i));
            _out.write("<r>");
            writeRunProperties(rich.getFontOfFormattingRun(i));
            _out.write("<t xml:space=\"preserve\">");
            outputEscapedString(run);
            _out.write("</t></r>");
        }
        _out.write("</is></c>");
    }

    private void writeRunProperties(XSSFFont font) throws IOException {
        if (font == null) {
            return;
        }
        _out.write("<rPr>");
        if (font.getBold()) {
            _out.write("<b/>");
        }
        if (font.getItalic()) {
            _out.write("<i/>");
        }
        _out.write("<sz val=\"" + font.getFontHeightInPoints() + "\"/>");
        _out.write("<rFont val=\"");
        outputEscapedString(font.getFontName());
        _out.write("\"/><family val=\"2\"/></rPr>");
    }
}
