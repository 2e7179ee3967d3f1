package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.RichText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.zip.Deflater;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook that keeps the italic runs of rich text. Plain SXSSF writes strings inline and
 * drops their formatting ("SXSSF doesn't support Rich Text Strings"); its shared-strings mode keeps
 * them but holds every string in memory. Here a cell gets its plain text as its value, and its
 * {@link RichText} waits beside it until the row is flushed, when {@link RichInlineSheetDataWriter}
 * writes it inline with its runs. Memory stays flat however long the table is, and no XmlBeans
 * objects are made per cell.
 */
final class RichInlineWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    static final int WINDOW = 200;
    /**
     * The zip's deflate level: the fastest. The sheets' XML is very repetitive, so level 1 already shrinks it
     * to a fifth; the default (6) made a 10,000-row workbook 30% smaller (4.0 against 5.6 MB) for four times
     * the CPU time, the largest single cost of writing it (decision 1906).
     */
    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

    private final Map<CellKey, RichText> waiting = new HashMap<>();

    RichInlineWorkbook() {
        super(WINDOW);
        // Zip64 local headers (SXSSF's default "as needed" writes them for every streamed entry) are
        // refused by some readers, java.util.zip among them; an appendix never nears 4 GB.
        setZip64Mode(Zip64Mode.Never);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(DEFLATE_LEVEL);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new RichInlineSheetDataWriter(this);
    }

    /** Sets the cell's value to the text's plain form and keeps its runs for the writer. */
    void setRichText(Cell cell, RichText text) {
        cell.setCellValue(text.plainText());
        waiting.put(CellKey.of(cell), text);
    }

    /** The runs waiting for this cell, if any; they are handed out once. */
    RichText takeRichText(Cell cell) {
        return waiting.isEmpty() ? null : waiting.remove(CellKey.of(cell));
    }

    private record CellKey(Sheet sheet, int row, int column) {
        static CellKey of(Cell cell) {
            return new CellKey(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex());
        }
    }
}
