package dk.sikkerby.indberetning.service.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader for the tests. Strict by default: fails on anything the standard does not allow.
 * {@link #parseLines} also accepts bare LF between records, as LibreOffice writes them on Linux.
 */
final class CsvParser {

    private CsvParser() {
    }

    static List<List<String>> parse(byte[] bytes, char separator) {
        return parse(bytes, separator, false);
    }

    static List<List<String>> parseLines(byte[] bytes, char separator) {
        return parse(bytes, separator, true);
    }

    private static List<List<String>> parse(byte[] bytes, char separator, boolean bareLf) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("Unclosed quoted field");
                    }
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                continue;
            }
            if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (bareLf && c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '"' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("Bare " + (int) c + " outside quotes at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("Last record not ended by CRLF");
        }
        return records;
    }
}
