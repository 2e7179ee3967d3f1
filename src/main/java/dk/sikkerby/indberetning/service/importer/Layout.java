package dk.sikkerby.indberetning.service.importer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column stands, as the header row on {@code line} says, and how many cells a row has.
 * {@code noteLabel} is the header of the department-note column (2021: "Covid-19"), if there is one.
 */
record Layout(int line, Map<Column, Integer> positions, int width, Optional<String> noteLabel) {

    Layout {
        positions = Map.copyOf(new EnumMap<>(positions));
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    Row.Cell cell(Row row, Column column) {
        Integer index = positions.get(column);
        return index == null ? new Row.Cell("", 0) : row.cell(index);
    }

    /** The 1-based column in the file where a column's cell starts in a row, for findings. */
    int columnOf(Row row, Column column) {
        Integer index = positions.get(column);
        return index == null ? 0 : row.cell(index).column();
    }
}
