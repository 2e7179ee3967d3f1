package dk.sikkerby.indberetning.domain;

import java.util.List;
import java.util.Optional;

/**
 * The count behind a derived score: met, not met, dropped and not yet assessed criteria. The score is
 * met / (met + not met); dropped criteria count in neither number, so met ≤ total by construction.
 */
public record CriteriaTally(int met, int notMet, int dropped, int open) {

    public static CriteriaTally of(List<SuccessCriterion> criteria) {
        int met = 0;
        int notMet = 0;
        int dropped = 0;
        int open = 0;
        for (SuccessCriterion c : criteria) {
            if (c.outcome() == null) {
                open++;
            } else {
                switch (c.outcome()) {
                    case MET -> met++;
                    case NOT_MET -> notMet++;
                    case DROPPED -> dropped++;
                    default -> throw new IllegalStateException(c.outcome().name());
                }
            }
        }
        return new CriteriaTally(met, notMet, dropped, open);
    }

    public int listed() {
        return met + notMet + dropped + open;
    }

    public int assessed() {
        return met + notMet;
    }

    /**
     * The score these criteria give: empty when none are listed (the typed score stands); missing while
     * any has no outcome; "not relevant" when every one was dropped; otherwise met/(met + not met).
     */
    public Optional<Score> score() {
        if (listed() == 0) {
            return Optional.empty();
        }
        if (open > 0) {
            return Optional.of(Score.missing());
        }
        if (assessed() == 0) {
            return Optional.of(Score.notRelevant());
        }
        return Optional.of(Score.of(met, assessed()));
    }

    /** The share met, 0 to 1, of the criteria assessed; empty when none were. */
    public Optional<Double> shareMet() {
        return assessed() == 0 ? Optional.empty() : Optional.of((double) met / assessed());
    }
}
