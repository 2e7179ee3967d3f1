package dk.sikkerby.indberetning.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How this year's list of success criteria differs from last year's, as a reviewer reads it before
 * approving: a criterion added, one of last year's no longer listed, one reworded (carried over from a
 * text that has since changed), and one dropped this year (still listed, counted in neither number).
 */
public record CriteriaChange(Kind kind, String text, String previousText) {

    public enum Kind {
        ADDED("criteria.change.added"),
        REMOVED("criteria.change.removed"),
        REWORDED("criteria.change.reworded"),
        DROPPED("criteria.change.dropped");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The changes from {@code lastYear} to {@code thisYear}, in this year's order, then the removed ones. */
    public static List<CriteriaChange> between(List<SuccessCriterion> lastYear, List<SuccessCriterion> thisYear) {
        Set<String> lastTexts = new HashSet<>();
        lastYear.forEach(c -> lastTexts.add(c.text().strip()));
        Set<String> accountedFor = new HashSet<>();
        List<CriteriaChange> changes = new ArrayList<>();
        for (SuccessCriterion c : thisYear) {
            String text = c.text().strip();
            String origin = c.carriedFrom().strip();
            if (!origin.isEmpty() && lastTexts.contains(origin)) {
                accountedFor.add(origin);
                if (!origin.equals(text)) {
                    changes.add(new CriteriaChange(Kind.REWORDED, text, origin));
                }
            } else if (lastTexts.contains(text)) {
                accountedFor.add(text);
            } else if (!text.isEmpty()) {
                changes.add(new CriteriaChange(Kind.ADDED, text, ""));
            }
            if (c.isDropped()) {
                changes.add(new CriteriaChange(Kind.DROPPED, text, c.dropReason().strip()));
            }
        }
        for (SuccessCriterion c : lastYear) {
            if (!accountedFor.contains(c.text().strip())) {
                changes.add(new CriteriaChange(Kind.REMOVED, c.text().strip(), ""));
            }
        }
        return List.copyOf(changes);
    }
}
