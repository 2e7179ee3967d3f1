package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Score;
import java.util.List;
import java.util.Map;

/**
 * What one department's workbook is made from: the year, the department, its initiatives in table
 * order with what is stored for them, and last year's scores by initiative id for reference.
 */
record TemplateData(ReportYear year, Department department, List<InitiativeRow> rows,
                    Map<Integer, Score> lastYear, String databaseIdentity) {

    TemplateData {
        rows = List.copyOf(rows);
        lastYear = Map.copyOf(lastYear);
    }
}
