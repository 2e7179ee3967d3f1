package dk.sikkerby.indberetning.ui.grid;

/** The grid's columns, left to right; the three typed ones are the editor form's fields. */
public enum GridColumn {
    INITIATIVE("column.initiative", false),
    DEPARTMENT("column.department", false),
    SCORE("column.score", true),
    NOTE("column.note", true),
    ASSESSMENT("column.assessment", true),
    STATE("column.state", false);

    private final String key;
    private final boolean typed;

    GridColumn(String key, boolean typed) {
        this.key = key;
        this.typed = typed;
    }

    /** The bundle key of the column's title. */
    public String key() {
        return key;
    }

    /** Whether the user types into this column (if their rights allow it on the row). */
    public boolean isTyped() {
        return typed;
    }
}
