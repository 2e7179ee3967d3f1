package dk.sikkerby.indberetning.service.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * The score cell as written: "2/3", "2 / 3" or "Ikke relevant" in any case. Splits it into the texts
 * of the two numbers for {@link dk.sikkerby.indberetning.domain.SubmissionRules}, which judges them
 * as it judges the form; what is no fraction at all ("3") is refused here.
 */
record ScoreCell(String metText, String totalText, boolean notRelevant) {

    static final String NOT_RELEVANT = "ikke relevant";

    static ScoreCell missing() {
        return new ScoreCell("", "", false);
    }

    /** The parts of a non-empty cell, or empty if it is neither a fraction nor "Ikke relevant". */
    static Optional<ScoreCell> parse(String cell) {
        String text = Spaces.squeeze(cell);
        if (text.isEmpty()) {
            return Optional.of(missing());
        }
        if (text.toLowerCase(Locale.ROOT).equals(NOT_RELEVANT)) {
            return Optional.of(new ScoreCell("", "", true));
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String met = text.substring(0, slash).strip();
        String total = text.substring(slash + 1).strip();
        if (met.isEmpty() && total.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScoreCell(met, total, false));
    }
}
