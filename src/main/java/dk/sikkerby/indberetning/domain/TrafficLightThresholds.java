package dk.sikkerby.indberetning.domain;

import java.util.Optional;

/**
 * The year's limits for colouring a score: red when at most {@code redMaxPercent} of the goals are
 * met, green when at least {@code greenMinPercent} are, yellow in between. "Not relevant" and missing
 * scores get no colour. The default is the secretariat's rule: nothing met is red, all met is green.
 */
public record TrafficLightThresholds(int redMaxPercent, int greenMinPercent) {

    public static final TrafficLightThresholds DEFAULT = new TrafficLightThresholds(0, 100);

    public TrafficLightThresholds {
        if (!valid(redMaxPercent, greenMinPercent)) {
            throw new IllegalArgumentException("Invalid traffic-light thresholds " + redMaxPercent + "/" + greenMinPercent);
        }
    }

    /** 0 ≤ red &lt; green ≤ 100, so that every share falls in exactly one colour. */
    public static boolean valid(int redMaxPercent, int greenMinPercent) {
        return redMaxPercent >= 0 && redMaxPercent < greenMinPercent && greenMinPercent <= 100;
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** The colour of a score, compared exactly in whole numbers (no rounding of the share). */
    public Optional<TrafficLight> colour(Score score) {
        if (!score.hasNumbers()) {
            return Optional.empty();
        }
        long met = score.met().orElseThrow();
        long total = score.total().orElseThrow();
        if (met * 100 <= redMaxPercent * total) {
            return Optional.of(TrafficLight.RED);
        }
        if (met * 100 >= greenMinPercent * total) {
            return Optional.of(TrafficLight.GREEN);
        }
        return Optional.of(TrafficLight.YELLOW);
    }
}
