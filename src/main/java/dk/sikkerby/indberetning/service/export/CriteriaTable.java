package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The success criteria as a table of their own, one row per criterion in the year's table order, for
 * the data sheet's extra sheet and the extra CSV file: year, initiative, department, number, text,
 * outcome, reason (if dropped), marker.
 */
final class CriteriaTable {

    private static final List<String> HEADER_KEYS = List.of("history.years.year", "column.initiative",
            "column.department", "export.criteria.number", "export.criteria.text", "export.criteria.outcome",
            "export.criteria.reason", "export.criteria.marker");

    private CriteriaTable() {
    }

    static List<String> header(Messages messages) {
        return HEADER_KEYS.stream().map(messages::get).toList();
    }

    static List<List<Object>> rows(ExportContent content, Messages messages) {
        List<List<Object>> rows = new ArrayList<>();
        for (InitiativeRow row : content.rows()) {
            List<SuccessCriterion> list = content.criteria().getOrDefault(row.initiativeId(), List.of());
            for (int i = 0; i < list.size(); i++) {
                SuccessCriterion c = list.get(i);
                rows.add(List.of(content.year(), row.name(), row.department().code(), i + 1, c.text(),
                        c.outcome() == null ? "" : messages.get(c.outcome().key()), c.dropReason(),
                        messages.get(c.marker().key())));
            }
        }
        return rows;
    }
}
