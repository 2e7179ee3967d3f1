package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import java.util.List;

/**
 * A cell as it stands in the sheet's XML, before any meaning is given to it: its kind, whether it
 * holds a formula (whose cached value is never read), its value text, and for text its runs.
 * {@code truncated} marks text longer than a cell can hold, of which only the start was kept.
 */
record RawCell(int row, int column, Kind kind, boolean formula, String value, List<RichText.Run> runs,
               boolean truncated) {

    enum Kind { NUMBER, TEXT, BOOLEAN, ERROR, OTHER }

    RawCell {
        runs = List.copyOf(runs);
    }

    /** Text with only spaces, or no value at all, counts as empty. */
    boolean isBlank() {
        return !formula && (value == null || value.isBlank());
    }

    String cellName() {
        return TemplateLayout.cellName(column, row);
    }
}
