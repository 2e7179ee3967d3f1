package dk.sikkerby.indberetning.service.offline;

/** How the user settles a conflict: keep what the database has, or take what the workbook says. */
public enum Resolution {
    KEEP_DATABASE, TAKE_WORKBOOK
}
