package dk.sikkerby.indberetning.service.importcore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decision 0700's rule as both imports apply it: with criteria listed, the typed score must be theirs. */
class ScoreAgainstCriteriaTest {

    private static final Place AT = Place.line(14, 0);
    private static final SuccessCriterion MET = SuccessCriterion.of("a").withOutcome(CriterionOutcome.MET, "");
    private static final SuccessCriterion NOT_MET = SuccessCriterion.of("b").withOutcome(CriterionOutcome.NOT_MET, "");
    private static final SuccessCriterion DROPPED = SuccessCriterion.of("c").withOutcome(CriterionOutcome.DROPPED, "x");
    private static final SuccessCriterion OPEN = SuccessCriterion.of("d");

    private static Optional<Finding> check(Score typed, SuccessCriterion... criteria) {
        return ScoreAgainstCriteria.contradiction(AT, "Sjakket", typed, List.of(criteria));
    }

    @Test
    void withoutCriteriaTheTypedScoreStands() {
        assertEquals(Optional.empty(), check(Score.of(9, 10)));
        assertEquals(Optional.empty(), check(Score.notRelevant()));
    }

    @Test
    void theScoreTheCriteriaGiveIsNoContradiction() {
        assertEquals(Optional.empty(), check(Score.of(1, 2), MET, NOT_MET, DROPPED));
        assertEquals(Optional.empty(), check(Score.missing(), MET, OPEN));
        assertEquals(Optional.empty(), check(Score.notRelevant(), DROPPED));
    }

    @Test
    void anotherScoreIsAnErrorAtItsPlaceNamingBoth() {
        assertEquals(Optional.of(Finding.error(AT, "importcore.criteria.scoreNotDerived", "Sjakket", "2/3", "1/2")),
                check(Score.of(2, 3), MET, NOT_MET));
        assertEquals(Optional.of(Finding.error(AT, "importcore.criteria.scoreNotDerived", "Sjakket", "–", "1/2")),
                check(Score.missing(), MET, NOT_MET));
        assertEquals(Optional.of(Finding.error(AT, "importcore.criteria.scoreNotDerived", "Sjakket", "1/1", "–")),
                check(Score.of(1, 1), MET, OPEN));
    }

    @Test
    void notRelevantOnlyWhereEveryCriterionWasDropped() {
        assertEquals(Optional.of(Finding.error(AT, "importcore.criteria.notRelevantNotDerived", "Sjakket", "1/1")),
                check(Score.notRelevant(), MET, DROPPED));
        assertEquals(Optional.of(Finding.error(AT, "importcore.criteria.allDropped", "Sjakket", "1/1")),
                check(Score.of(1, 1), DROPPED));
    }
}
