package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * A returned workbook as read: its identifiers (null when they could not be read), the sheet's name,
 * the rows read, the ids of initiatives whose row is no longer in the sheet, and every finding.
 */
public record ReturnedWorkbook(Path file, Manifest manifest, String sheetName, List<ReturnedRow> rows,
                               List<Integer> missingIds, List<Finding> findings) {

    public ReturnedWorkbook {
        rows = List.copyOf(rows);
        missingIds = List.copyOf(missingIds);
        findings = List.copyOf(findings);
    }

    static ReturnedWorkbook refused(Path file, List<Finding> findings) {
        return new ReturnedWorkbook(file, null, null, List.of(), List.of(), findings);
    }

    /** Refused: at least one error; nothing of it may be written. */
    public boolean refused() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
