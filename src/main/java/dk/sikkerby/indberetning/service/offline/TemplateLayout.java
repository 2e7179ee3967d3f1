package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.Field;

/**
 * Where things are in an offline workbook, shared by the writer and the reader. Rows and columns are
 * 0-based here and shown 1-based ("C7") in messages.
 */
public final class TemplateLayout {

    /** The very hidden sheet with the signed identifiers. */
    public static final String MANIFEST_SHEET = "sikkerby-id";
    public static final String FORMAT = "sikkerby-offline/1";

    public static final int TITLE_ROW = 0;
    public static final int HELP_ROW = 1;
    public static final int HEADER_ROW = 2;
    public static final int FIRST_DATA_ROW = 3;

    public static final int NAME = 0;
    public static final int LAST_YEAR = 1;
    public static final int MET = 2;
    public static final int TOTAL = 3;
    public static final int NOT_RELEVANT = 4;
    public static final int NOTE = 5;
    public static final int CATEGORY = 6;
    /** Hidden column: the initiative's id, so sorted rows are still mapped. */
    public static final int ID = 7;
    public static final int COLUMNS = 8;

    private TemplateLayout() {
    }

    /** The column a rule's field is entered in. */
    public static int columnOf(Field field) {
        return switch (field) {
            // criteria are on the initiative's row block; a rule about the list concerns the score
            case MET, CRITERIA, CRITERION -> MET;
            case TOTAL -> TOTAL;
            case NOT_RELEVANT -> NOT_RELEVANT;
            case DEPARTMENT_NOTE, ASSESSMENT -> NOTE;
        };
    }

    /** "C7" for column 2, row 6. */
    public static String cellName(int column, int row) {
        return columnName(column) + (row + 1);
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
