package dk.sikkerby.indberetning.service.importer;

import java.util.List;

/**
 * Something the importer noticed: where in the file (line and column, 1-based; 0 for the whole file
 * or line), how much it matters, and the resource-bundle key of its message with the values it names.
 * Arguments are strings and numbers only, so a finding can be stored and written as JSON.
 */
public record Finding(int line, int column, Severity severity, String key, List<Object> args) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding error(int line, int column, String key, Object... args) {
        return new Finding(line, column, Severity.ERROR, key, List.of(args));
    }

    public static Finding warning(int line, int column, String key, Object... args) {
        return new Finding(line, column, Severity.WARNING, key, List.of(args));
    }

    public static Finding info(int line, int column, String key, Object... args) {
        return new Finding(line, column, Severity.INFO, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
