package dk.sikkerby.indberetning.ui.grid;

import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the grid judges a cell: the form's rules on the row, told on the cell they concern; and a pasted column's lines. */
final class GridCellRules {

    private final Messages messages;

    GridCellRules(Messages messages) {
        this.messages = messages;
    }

    /** What is wrong with {@code text} in {@code column} of {@code row}, without changing the row. */
    Optional<String> check(GridRow row, GridColumn column, String text) {
        String before = row.text(column);
        row.set(column, text);
        try {
            return firstError(row, column);
        } finally {
            row.set(column, before);
        }
    }

    static List<String> lines(String clipboard) {
        if (clipboard == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(clipboard.split("\r\n|\r|\n", -1)));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // Excel ends a copied column with a line break
        }
        out.replaceAll(line -> line.contains("\t") ? line.substring(0, line.indexOf('\t')) : line);
        return out;
    }

    Optional<String> firstError(GridRow row, GridColumn column) {
        return row.violations().stream().filter(v -> columnOf(v.field()) == column).findFirst()
                .map(v -> messages.get(v.key(), v.args()));
    }

    private static GridColumn columnOf(Field field) {
        return switch (field) {
            // a score typed against listed success criteria is refused on the score cell
            case MET, TOTAL, NOT_RELEVANT, CRITERIA, CRITERION -> GridColumn.SCORE;
            case DEPARTMENT_NOTE -> GridColumn.NOTE;
            case ASSESSMENT -> GridColumn.ASSESSMENT;
        };
    }
}
