package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import java.util.List;

/** One returned workbook in the preview: what was read, its rows compared with the database, findings. */
public record FilePlan(ReturnedWorkbook workbook, List<RowPlan> rows, List<Finding> findings) {

    public FilePlan {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    /** A refused file is shown with its findings and never written. */
    public boolean refused() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public String fileName() {
        return workbook.fileName();
    }

    /** "SOF 2021", or empty when the identifiers could not be read. */
    public String label() {
        Manifest m = workbook.manifest();
        return m == null ? "" : m.departmentCode() + " " + m.year();
    }
}
