package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The workbook as POI's streaming workbook (SXSSF) wrote it before decision 1910, kept as the reference the export is
 * compared with ({@code WorkbookSameAsPoiTest}): sheet 1 the appendix, sheet 2 the data.
 */
final class PoiWorkbookWriter {

    private final Messages messages;

    PoiWorkbookWriter(Messages messages) {
        this.messages = messages;
    }

    /** Writes the workbook to {@code out}; returns the initiatives whose text Excel cannot show in full. */
    List<String> write(ExportContent content, OutputStream out, Progress progress) throws IOException {
        int rows = content.rows().size();
        long total = 3L * rows + 1;
        AtomicLong done = new AtomicLong();
        Runnable rowDone = () -> progress.update(done.incrementAndGet(), total);
        RichInlineWorkbook workbook = new RichInlineWorkbook();
        boolean written = false;
        try {
            PoiWorkbookStyles styles = new PoiWorkbookStyles(workbook);
            PoiRichTextCells cells = new PoiRichTextCells(styles, workbook);
            List<String> clipped = new PoiAppendixSheetWriter(
                    workbook.createSheet(sheetName("export.sheet.appendix")), styles, messages, cells).write(content, rowDone);
            PoiDataSheetWriter data = new PoiDataSheetWriter(workbook.createSheet(sheetName("export.sheet.data")), styles,
                    messages, cells);
            data.write(content, rowDone);
            if (content.hasCriteria()) {
                new PoiDataSheetWriter(workbook.createSheet(sheetName("export.sheet.criteria")), styles, messages, cells)
                        .writeTable(CriteriaTable.header(messages), CriteriaTable.rows(content, messages));
            }
            workbook.write(out);
            written = true;
            progress.update(total, total);
            return clipped;
        } finally {
            release(workbook, written);
        }
    }

    /** Deletes the temporary files; after a failure, a second failure here must not hide the first. */
    private static void release(RichInlineWorkbook workbook, boolean written) throws IOException {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException | RuntimeException e) {
            if (written) {
                throw e;
            }
        }
    }

    private String sheetName(String key) {
        return WorkbookUtil.createSafeSheetName(messages.get(key));
    }
}
