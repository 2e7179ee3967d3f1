package dk.sikkerby.indberetning.domain;

import java.util.List;

/** A year's whole table: set-up, categories in order, and rows in category and initiative order. */
public record YearTable(ReportYear year, List<Category> categories, List<InitiativeRow> rows) {

    public YearTable {
        categories = List.copyOf(categories);
        rows = List.copyOf(rows);
    }

    public long scoredCount() {
        return rows.stream().filter(r -> !r.score().isMissing()).count();
    }
}
