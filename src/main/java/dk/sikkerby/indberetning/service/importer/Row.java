package dk.sikkerby.indberetning.service.importer;

import java.util.ArrayList;
import java.util.List;

/** One line of the file split at its tabs, with the 1-based line number and each cell's column. */
record Row(int line, String text, List<Cell> cells) {

    /** A cell's text without surrounding white space, and the column where that text starts. */
    record Cell(String text, int column) {
        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    static Row of(int line, String text) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = text.indexOf('\t', start);
            int end = tab < 0 ? text.length() : tab;
            cells.add(cell(text, start, end));
            if (tab < 0) {
                break;
            }
            start = tab + 1;
        }
        return new Row(line, text, List.copyOf(cells));
    }

    private static Cell cell(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Cell(text.substring(from, to), from + 1);
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }

    /** The cell at {@code index}, or an empty one past the end of the row. */
    Cell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : new Cell("", text.length() + 1);
    }

    /** How many cells the row has, not counting empty ones at its end. */
    int width() {
        int w = cells.size();
        while (w > 0 && cells.get(w - 1).isEmpty()) {
            w--;
        }
        return w;
    }

    /** True if only the first cell has text. */
    boolean onlyFirstCell() {
        return !cell(0).isEmpty() && width() == 1;
    }
}
