package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.i18n.Messages;

/** A score as the appendix writes it: "2/3", "Ikke relevant", or the bundle's mark for missing. */
final class ScoreText {

    private ScoreText() {
    }

    static String of(Score score, Messages messages) {
        if (score.isNotRelevant()) {
            return messages.get("score.notRelevant");
        }
        if (score.isMissing()) {
            return messages.get("export.score.missing");
        }
        return score.fraction();
    }
}
