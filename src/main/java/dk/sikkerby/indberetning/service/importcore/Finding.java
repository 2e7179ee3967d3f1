package dk.sikkerby.indberetning.service.importcore;

import java.util.Comparator;
import java.util.List;

/**
 * Something an import noticed: where in the file, how much it matters, and the resource-bundle key of
 * its message with the values it names. Arguments are strings and numbers only, so a finding can be
 * stored and written as JSON.
 */
public record Finding(Severity severity, Place place, String key, List<Object> args) {

    /** Line, then column; findings of the whole file (and of workbooks) first, in the order they were made. */
    public static final Comparator<Finding> FILE_ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column);

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding error(Place place, String key, Object... args) {
        return new Finding(Severity.ERROR, place, key, List.of(args));
    }

    public static Finding warning(Place place, String key, Object... args) {
        return new Finding(Severity.WARNING, place, key, List.of(args));
    }

    public static Finding info(Place place, String key, Object... args) {
        return new Finding(Severity.INFO, place, key, List.of(args));
    }

    /** An error about the file as a whole. */
    public static Finding error(String key, Object... args) {
        return error(Place.WHOLE_FILE, key, args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line of a text file (1-based), 0 for the whole file or a place in a workbook. */
    public int line() {
        return place instanceof Place.Line l ? l.line() : 0;
    }

    /** The column of a text file (1-based), 0 for the whole line or anywhere else. */
    public int column() {
        return place instanceof Place.Line l ? l.column() : 0;
    }
}
