package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Sheet 2, the data to filter and pivot: one row per initiative with typed cells (numbers as
 * numbers, flags as booleans, texts as plain strings), a frozen header and an autofilter.
 */
final class PoiDataSheetWriter {

    private final Sheet sheet;
    private final PoiWorkbookStyles styles;
    private final Messages messages;
    private final PoiRichTextCells cells;

    PoiDataSheetWriter(Sheet sheet, PoiWorkbookStyles styles, Messages messages, PoiRichTextCells cells) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
        this.cells = cells;
    }

    void write(ExportContent content, Runnable rowDone) {
        List<DataColumn> columns = DataColumn.of(content.options());
        Row header = sheet.createRow(0);
        for (DataColumn column : columns) {
            cells.text(header.createCell(columns.indexOf(column)), messages.get(column.key()), styles.dataHeader);
            sheet.setColumnWidth(columns.indexOf(column), column.width() * 256);
        }
        int r = 1;
        for (InitiativeRow row : content.rows()) {
            DataRecord record = DataRecord.of(content, row, messages);
            Row line = sheet.createRow(r++);
            for (DataColumn column : columns) {
                Object value = column.valueOf(record);
                if (value != null) {
                    write(line.createCell(columns.indexOf(column)), value);
                }
            }
            rowDone.run();
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, columns.size() - 1));
    }

    /** A plain table (the success criteria's sheet): a header and typed cells, frozen and filtered as sheet 2. */
    void writeTable(List<String> header, List<List<Object>> rows) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            cells.text(head.createCell(c), header.get(c), styles.dataHeader);
            sheet.setColumnWidth(c, (c == 4 || c == 6 ? 50 : 16) * 256);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                write(line.createCell(c), values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, header.size() - 1));
    }

    private void write(Cell cell, Object value) {
        if (value instanceof Integer number) {
            cell.setCellValue(number);
            cell.setCellStyle(styles.dataNumber);
        } else if (value instanceof Double share) {
            cell.setCellValue(share);
            cell.setCellStyle(styles.dataShare);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
            cell.setCellStyle(styles.dataText);
        } else {
            cells.text(cell, value.toString(), styles.dataText);
        }
    }
}
