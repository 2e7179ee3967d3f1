package dk.sikkerby.indberetning.service.offline;

import java.util.List;

/**
 * Something the reader found in a returned workbook: where (sheet and cell, when there is one), the
 * bundle key of what it found and the values the message names. An error refuses the whole file; a
 * warning is shown and the file can still be read in.
 */
public record Finding(Severity severity, String sheet, String cell, String key, List<Object> args) {

    public enum Severity { ERROR, WARNING }

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding error(String key, Object... args) {
        return new Finding(Severity.ERROR, null, null, key, List.of(args));
    }

    public static Finding errorAt(String sheet, String cell, String key, Object... args) {
        return new Finding(Severity.ERROR, sheet, cell, key, List.of(args));
    }

    public static Finding warningAt(String sheet, String cell, String key, Object... args) {
        return new Finding(Severity.WARNING, sheet, cell, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
