package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
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
        // Zip64 local headers (SXSSF's default "as needed" writes them for every streamed entry) are
        // refused by some readers, java.util.zip among them; an appendix never nears 4 GB.
        setZip64Mode(Zip64Mode.Never);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new RichInlineSheetDataWriter();
    }
}
