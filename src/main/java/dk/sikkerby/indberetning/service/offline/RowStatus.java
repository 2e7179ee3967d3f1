package dk.sikkerby.indberetning.service.offline;

/**
 * What reading a row in would do. NEW and CHANGED are written; UNCHANGED and MISSING are not;
 * CONFLICT (the database changed since the workbook was made, and the workbook changes the row too)
 * is written only if the user takes the workbook's version.
 */
public enum RowStatus {
    NEW, CHANGED, UNCHANGED, CONFLICT, MISSING
}
