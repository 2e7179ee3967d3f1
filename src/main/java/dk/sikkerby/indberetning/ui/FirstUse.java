package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.domain.YearTable;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The export and the import made ready while the user signs in (issue 19, decision 1907). The first export of a
 * session would otherwise load and run POI, its XML writers and the app's writers while the user waits, and the
 * first import the reader and the planner: seconds on a cold process, against tenths of a second for the second.
 * Run on the start-up thread once the newest year is read, behind the sign-in form, which is when the app
 * waits for the user anyway; never on the FX thread. The export is readied first on a database with a year (what
 * such a user is likely to do first), then the import. Nothing is written and nothing is shown; a failure only
 * means the first export or import does that work itself, so it is logged and forgotten.
 */
final class FirstUse {

    private static final Logger LOG = Logger.getLogger(FirstUse.class.getName());

    private FirstUse() {
    }

    /** Readies the export ({@code newest}'s workbook, written to nowhere) if there is a year, then the import. */
    static void prepare(Services services, Optional<YearTable> newest) {
        newest.ifPresent(table -> attempt("export", () -> services.exports().prepare(table)));
        attempt("import", () -> services.imports().prepare());
    }

    private static void attempt(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "The " + what + " could not be made ready ahead of its first use; it will be when it is used.");
        }
    }
}
