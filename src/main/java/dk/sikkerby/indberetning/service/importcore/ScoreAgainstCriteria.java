package dk.sikkerby.indberetning.service.importcore;

import dk.sikkerby.indberetning.domain.CriteriaTally;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import java.util.List;
import java.util.Optional;

/**
 * Decision 0700 for both imports: where an initiative's success criteria are listed, its score is the
 * one they give, so a file's typed score that says otherwise is an error (the file is refused and
 * nothing is written); without criteria the typed score stands.
 */
public final class ScoreAgainstCriteria {

    private ScoreAgainstCriteria() {
    }

    /** The error for {@code typed} at {@code place}, if the listed {@code criteria} give another score. */
    public static Optional<Finding> contradiction(Place place, String initiative, Score typed,
                                                  List<SuccessCriterion> criteria) {
        Optional<Score> derived = CriteriaTally.of(criteria).score();
        if (derived.isEmpty() || derived.get().equals(typed)) {
            return Optional.empty();
        }
        Score given = derived.get();
        if (given.isNotRelevant()) {
            return Optional.of(Finding.error(place, "importcore.criteria.allDropped", initiative, shown(typed)));
        }
        if (typed.isNotRelevant()) {
            return Optional.of(Finding.error(place, "importcore.criteria.notRelevantNotDerived", initiative,
                    shown(given)));
        }
        return Optional.of(Finding.error(place, "importcore.criteria.scoreNotDerived", initiative, shown(typed),
                shown(given)));
    }

    /** "2/3", or "–" for a missing score. */
    private static String shown(Score score) {
        return score.hasNumbers() ? score.fraction() : "–";
    }
}
