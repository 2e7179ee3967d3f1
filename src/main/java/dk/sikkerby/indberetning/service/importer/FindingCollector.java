package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the reader's findings and says when to stop: after {@link ImportLimits#MAX_ERRORS} errors
 * it adds one last error saying that reading stopped there.
 */
final class FindingCollector {

    private final List<Finding> findings = new ArrayList<>();
    private int errors;
    private boolean stopped;

    void add(Finding finding) {
        if (stopped) {
            return;
        }
        findings.add(finding);
        if (finding.isError() && ++errors >= ImportLimits.MAX_ERRORS) {
            findings.add(Finding.error(Place.line(finding.line(), 0), "import.findings.tooMany", ImportLimits.MAX_ERRORS));
            stopped = true;
        }
    }

    void error(int line, int column, String key, Object... args) {
        add(Finding.error(Place.line(line, column), key, args));
    }

    void warning(int line, int column, String key, Object... args) {
        add(Finding.warning(Place.line(line, column), key, args));
    }

    void info(int line, int column, String key, Object... args) {
        add(Finding.info(Place.line(line, column), key, args));
    }

    boolean stopped() {
        return stopped;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** The findings in file order (line, then column); findings of the whole file first. */
    List<Finding> sorted() {
        List<Finding> result = new ArrayList<>(findings);
        result.sort(Finding.FILE_ORDER);
        return List.copyOf(result);
    }
}
