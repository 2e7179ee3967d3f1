package dk.sikkerby.indberetning.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the administrator is asked about one initiative new in {@code year} and linked to nothing: the
 * initiatives of the year before that did not report this year and continue nothing yet, those of the
 * same department first and the most alike names first; {@code proposed} is the first of them when it is
 * of the same department and its name alike enough (decision 0701). Only a question: nothing is linked.
 */
public record LinkQuestion(int year, int initiativeId, String name, String departmentCode,
                           List<Candidate> candidates, Optional<Candidate> proposed) {

    /** An initiative of {@code year} (the year before) that the new one may continue. */
    public record Candidate(int year, int initiativeId, String name, String departmentCode, double similarity,
                            boolean sameDepartment) {

        /** How alike the names are, in whole percent. */
        public long percent() {
            return Math.round(100 * similarity);
        }
    }

    public LinkQuestion {
        candidates = List.copyOf(candidates);
    }
}
