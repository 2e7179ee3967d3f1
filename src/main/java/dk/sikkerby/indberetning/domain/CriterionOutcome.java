package dk.sikkerby.indberetning.domain;

/**
 * How a success criterion came out this year. A criterion without an outcome (not yet assessed) has
 * none of these: see {@link SuccessCriterion#outcome()}.
 */
public enum CriterionOutcome {
    MET("criterion.outcome.met"),
    NOT_MET("criterion.outcome.notMet"),
    /** Left out of this year's score (no data, a new baseline): counts in neither number; needs a reason. */
    DROPPED("criterion.outcome.dropped");

    private final String key;

    CriterionOutcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
