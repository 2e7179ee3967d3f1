package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.domain.YearTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.Score;

/**
 * What the writers put on paper: the (possibly one department's) table, the thresholds when the
 * scores are to be coloured, the success criteria by initiative id, what the appendix adds
 * ({@link AppendixOptions}) and, for the "last year" column, the latest earlier score by initiative id
 * (an initiative without one shows none). Categories without rows are left out.
 */
public record ExportContent(YearTable table, Optional<TrafficLightThresholds> colours,
                            Map<Integer, List<SuccessCriterion>> criteria, AppendixOptions options,
                            Map<Integer, Score> lastYear) {

    /** Content without success criteria. */
    public ExportContent(YearTable table, Optional<TrafficLightThresholds> colours) {
        this(table, colours, Map.of());
    }

    /** Content in the committee's layout. */
    public ExportContent(YearTable table, Optional<TrafficLightThresholds> colours,
                         Map<Integer, List<SuccessCriterion>> criteria) {
        this(table, colours, criteria, AppendixOptions.NONE, Map.of());
    }

    /** The criteria of one initiative as stored (empty if none are listed). */
    public List<SuccessCriterion> criteriaOf(InitiativeRow row) {
        return criteria.getOrDefault(row.initiativeId(), List.of());
    }

    /** The latest earlier score of one initiative, if it has one. */
    public Optional<Score> lastYearOf(InitiativeRow row) {
        return Optional.ofNullable(lastYear.get(row.initiativeId()));
    }

    /** Whether any row of the content lists success criteria (then they get a sheet or file of their own). */
    public boolean hasCriteria() {
        return rows().stream().anyMatch(r -> !criteria.getOrDefault(r.initiativeId(), List.of()).isEmpty());
    }

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
