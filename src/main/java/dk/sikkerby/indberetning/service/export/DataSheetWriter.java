package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.i18n.Messages;
import java.io.IOException;
import java.util.List;

/**
 * Sheet 2, the data to filter and pivot: one row per initiative with typed cells (numbers as
 * numbers, flags as booleans, texts as plain strings), a frozen header and an autofilter.
 */
final class DataSheetWriter {

    private final SheetXml sheet;
    private final RichTextCells cells;
    private final Messages messages;

    DataSheetWriter(SheetXml sheet, RichTextCells cells, Messages messages) {
        this.sheet = sheet;
        this.cells = cells;
        this.messages = messages;
    }

    /** Writes the sheet; returns the autofilter's range as a formula's reference ("$A$1:$L$26"). */
    String write(ExportContent content, Runnable rowDone) throws IOException {
        List<DataColumn> columns = DataColumn.of(content.options());
        int[] widths = columns.stream().mapToInt(DataColumn::width).toArray();
        int rows = content.rows().size();
        sheet.begin(new SheetXml.Layout(rows, columns.size() - 1, 1, widths, false, false, SheetXml.DEFAULT_PRINT));
        sheet.row(0, Float.NaN);
        for (int c = 0; c < columns.size(); c++) {
            cells.text(c, messages.get(columns.get(c).key()), WorkbookStyles.DATA_HEADER);
        }
        int r = 1;
        for (InitiativeRow row : content.rows()) {
            DataRecord record = DataRecord.of(content, row, messages);
            sheet.row(r++, Float.NaN);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).valueOf(record);
                if (value != null) {
                    write(c, value);
                }
            }
            rowDone.run();
        }
        return end(rows, columns.size() - 1);
    }

    /**
     * A plain table (the success criteria's sheet): a header and typed cells, frozen and filtered as sheet 2;
     * returns the autofilter's range.
     */
    String writeTable(List<String> header, List<List<Object>> rows) throws IOException {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == 4 || c == 6 ? 50 : 16;
        }
        int lastColumn = header.size() - 1;
        for (List<Object> values : rows) {
            lastColumn = Math.max(lastColumn, values.size() - 1);
        }
        sheet.begin(new SheetXml.Layout(rows.size(), lastColumn, 1, widths, false, false, SheetXml.DEFAULT_PRINT));
        sheet.row(0, Float.NaN);
        for (int c = 0; c < header.size(); c++) {
            cells.text(c, header.get(c), WorkbookStyles.DATA_HEADER);
        }
        int r = 1;
        for (List<Object> values : rows) {
            sheet.row(r++, Float.NaN);
            for (int c = 0; c < values.size(); c++) {
                write(c, values.get(c));
            }
        }
        return end(rows.size(), header.size() - 1);
    }

    private String end(int lastRow, int lastColumn) throws IOException {
        String filter = sheet.autoFilter(Math.max(lastRow, 1), lastColumn);
        sheet.end();
        return filter;
    }

    private void write(int column, Object value) throws IOException {
        if (value instanceof Integer number) {
            sheet.number(column, number, WorkbookStyles.DATA_NUMBER);
        } else if (value instanceof Double share) {
            sheet.number(column, share, WorkbookStyles.DATA_SHARE);
        } else if (value instanceof Boolean flag) {
            sheet.bool(column, flag, WorkbookStyles.DATA_TEXT);
        } else {
            cells.text(column, value.toString(), WorkbookStyles.DATA_TEXT);
        }
    }
}
