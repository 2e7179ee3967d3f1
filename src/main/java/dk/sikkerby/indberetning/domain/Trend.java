package dk.sikkerby.indberetning.domain;

import java.util.Optional;

/** How an initiative's share of goals met moved against the year before. */
public enum Trend {
    BETTER("trend.better", "▲"),
    SAME("trend.same", "▶"),
    WORSE("trend.worse", "▼"),
    /** One of the two years has no score with numbers. */
    NONE("trend.none", "");

    private final String key;
    private final String mark;

    Trend(String key, String mark) {
        this.key = key;
        this.mark = mark;
    }

    public String key() {
        return key;
    }

    /** The small mark the main table shows beside the score. */
    public String mark() {
        return mark;
    }

    /** The share met of a score (met/total), empty for a missing or not-relevant one. */
    public static Optional<Double> share(Score score) {
        return score.hasNumbers()
                ? Optional.of((double) score.met().orElseThrow() / score.total().orElseThrow()) : Optional.empty();
    }

    public static Trend between(Score lastYear, Score thisYear) {
        Optional<Double> before = share(lastYear);
        Optional<Double> now = share(thisYear);
        if (before.isEmpty() || now.isEmpty()) {
            return NONE;
        }
        // compared as fractions, so 2/3 and 4/6 are the same
        long left = (long) thisYear.met().orElseThrow() * lastYear.total().orElseThrow();
        long right = (long) lastYear.met().orElseThrow() * thisYear.total().orElseThrow();
        return left > right ? BETTER : left < right ? WORSE : SAME;
    }
}
