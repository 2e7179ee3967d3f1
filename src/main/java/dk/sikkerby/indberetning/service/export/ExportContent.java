package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.domain.YearTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the writers put on paper: the (possibly one department's) table, and the thresholds when the
 * scores are to be coloured. Categories without rows are left out.
 */
public record ExportContent(YearTable table, Optional<TrafficLightThresholds> colours) {

    public int year() {
        return table.year().year();
    }

    public List<InitiativeRow> rows() {
        return table.rows();
    }

    /** The categories that have rows, in the year's order, each with its rows in order. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Category category : table.categories()) {
            List<InitiativeRow> rows = table.rows().stream().filter(r -> r.category().id() == category.id()).toList();
            if (!rows.isEmpty()) {
                groups.add(new Group(category, rows));
            }
        }
        return groups;
    }

    public record Group(Category category, List<InitiativeRow> rows) {
    }
}
