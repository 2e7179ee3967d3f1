package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the data sheet's columns as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel shows
 * Danish letters, CRLF between records, every text field in double quotes with its quotes doubled,
 * numbers and flags bare. Text that a spreadsheet would read as a formula gets a leading single quote.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";
    private static final String EOL = "\r\n";

    private final Messages messages;
    private final CsvDialect dialect;

    public CsvWriter(Messages messages, CsvDialect dialect) {
        this.messages = messages;
        this.dialect = dialect;
    }

    public void write(ExportContent content, OutputStream out, Progress progress) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BOM);
        List<DataColumn> columns = DataColumn.of(content.options());
        for (DataColumn column : columns) {
            separate(writer, column);
            writer.write(quoted(messages.get(column.key())));
        }
        writer.write(EOL);
        int total = content.rows().size();
        int done = 0;
        for (InitiativeRow row : content.rows()) {
            DataRecord record = DataRecord.of(content, row, messages);
            for (DataColumn column : columns) {
                separate(writer, column);
                writer.write(field(column.valueOf(record)));
            }
            writer.write(EOL);
            progress.update(++done, total);
        }
        writer.flush();
    }

    /** A plain table (the success criteria's file), in the same dialect as the data file. */
    public void writeTable(List<String> header, List<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BOM);
        writer.write(String.join(String.valueOf(dialect.separator()), header.stream().map(CsvWriter::quoted).toList()));
        writer.write(EOL);
        for (List<Object> row : rows) {
            writer.write(String.join(String.valueOf(dialect.separator()), row.stream().map(this::field).toList()));
            writer.write(EOL);
        }
        writer.flush();
    }

    private void separate(Writer writer, DataColumn column) throws IOException {
        if (column.ordinal() > 0) {
            writer.write(dialect.separator());
        }
    }

    private String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double share) {
            return dialect.number(share);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        return quoted(value.toString());
    }

    private static String quoted(String text) {
        return '"' + FormulaGuard.forCsv(text).replace("\"", "\"\"") + '"';
    }
}
