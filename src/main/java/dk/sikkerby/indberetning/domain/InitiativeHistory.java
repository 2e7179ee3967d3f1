package dk.sikkerby.indberetning.domain;

import java.util.List;
import java.util.Optional;

/**
 * One initiative over the years it reported, its predecessors' years included (decision 0701): per year its score, success criteria, department note
 * (with that year's label for the column) and assessment, oldest year first.
 */
public record InitiativeHistory(int initiativeId, String name, Department department, List<YearEntry> years) {

    public InitiativeHistory {
        years = List.copyOf(years);
    }

    /** One year of the history, under the name the initiative had that year (it may have been renamed). */
    public record YearEntry(int year, String name, String noteLabel, Score score, List<SuccessCriterion> criteria,
                            RichText departmentNote, RichText assessment) {

        public YearEntry {
            criteria = List.copyOf(criteria);
        }

        public CriteriaTally tally() {
            return CriteriaTally.of(criteria);
        }

        /** The share met: of the criteria where listed, of the score's numbers otherwise. */
        public Optional<Double> shareMet() {
            return criteria.isEmpty() ? Trend.share(score) : tally().shareMet();
        }
    }

    /** The trend of year {@code index} against the one before it in the history; NONE for the first. */
    public Trend trend(int index) {
        return index == 0 ? Trend.NONE : Trend.between(years.get(index - 1).score(), years.get(index).score());
    }
}
