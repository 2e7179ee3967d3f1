package dk.sikkerby.indberetning.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Goal attainment of one submission: criteria met out of criteria assessed ("2/3"), "not relevant",
 * or missing (the department has not scored yet). Construction enforces the domain rules, so an
 * invalid score cannot exist in memory either.
 */
public final class Score {
    public static final int MAX_GOALS = 999;

    private static final Score MISSING = new Score(null, null, false);
    private static final Score NOT_RELEVANT = new Score(null, null, true);

    private final Integer met;
    private final Integer total;
    private final boolean notRelevant;

    private Score(Integer met, Integer total, boolean notRelevant) {
        this.met = met;
        this.total = total;
        this.notRelevant = notRelevant;
    }

    public static Score missing() {
        return MISSING;
    }

    public static Score notRelevant() {
        return NOT_RELEVANT;
    }

    public static Score of(int met, int total) {
        if (met < 0 || total < 1 || met > total || total > MAX_GOALS) {
            throw new IllegalArgumentException("Invalid score " + met + "/" + total);
        }
        return new Score(met, total, false);
    }

    /** Rebuilds a score from stored columns; rejects combinations the rules forbid. */
    public static Score fromColumns(Integer met, Integer total, boolean notRelevant) {
        if (notRelevant) {
            if (met != null || total != null) {
                throw new IllegalArgumentException("A not-relevant score has no numbers");
            }
            return NOT_RELEVANT;
        }
        if (met == null && total == null) {
            return MISSING;
        }
        if (met == null || total == null) {
            throw new IllegalArgumentException("A score needs both numbers");
        }
        return of(met, total);
    }

    public boolean isMissing() {
        return !notRelevant && met == null;
    }

    public boolean isNotRelevant() {
        return notRelevant;
    }

    public boolean hasNumbers() {
        return met != null;
    }

    public Optional<Integer> met() {
        return Optional.ofNullable(met);
    }

    public Optional<Integer> total() {
        return Optional.ofNullable(total);
    }

    /** The fraction "met/total" as the appendix writes it; empty for not relevant or missing. */
    public String fraction() {
        return hasNumbers() ? met + "/" + total : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score s && notRelevant == s.notRelevant
                && Objects.equals(met, s.met) && Objects.equals(total, s.total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(met, total, notRelevant);
    }

    @Override
    public String toString() {
        return notRelevant ? "not relevant" : isMissing() ? "missing" : fraction();
    }
}
