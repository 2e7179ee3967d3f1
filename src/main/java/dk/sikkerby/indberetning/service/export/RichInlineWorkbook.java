package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook that keeps the italic runs of rich text. Plain SXSSF writes strings inline
 * and drops their formatting ("SXSSF doesn't support Rich Text Strings"); its shared-strings mode
 * keeps them but holds every string in memory. This one writes rich strings inline with their runs,
 * so memory stays flat however long the table is.
 */
final class RichInlineWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    static final int WINDOW = 200;

    RichInlineWorkbook() {
        super(WINDOW);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new RichInlineSheetDataWriter();
    }
}
