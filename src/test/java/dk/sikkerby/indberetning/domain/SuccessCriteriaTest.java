package dk.sikkerby.indberetning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The derived score: met / (met + not met), dropped criteria in neither number, and its edge cases. */
class SuccessCriteriaTest {

    private static SuccessCriterion c(String text, CriterionOutcome outcome) {
        return new SuccessCriterion(text, outcome, outcome == CriterionOutcome.DROPPED ? "Ingen data" : "",
                CriterionMarker.NEW, "");
    }

    private static SubmissionForm form(String met, String total, boolean notRelevant, List<SuccessCriterion> criteria) {
        return new SubmissionForm(met, total, notRelevant, RichText.EMPTY, RichText.EMPTY, criteria);
    }

    @Test
    void twoMetOneNotMetOneDroppedIsTwoOfThree() {
        List<SuccessCriterion> list = List.of(c("a", CriterionOutcome.MET), c("b", CriterionOutcome.MET),
                c("c", CriterionOutcome.NOT_MET), c("d", CriterionOutcome.DROPPED));
        assertEquals(Optional.of(Score.of(2, 3)), CriteriaTally.of(list).score());
        assertEquals(Optional.of(Score.of(2, 3)), SubmissionRules.score(form("", "", false, list)));
    }

    @Test
    void noneListedKeepsTheTypedScore() {
        assertEquals(Optional.empty(), CriteriaTally.of(List.of()).score());
        assertEquals(Optional.of(Score.of(1, 4)), SubmissionRules.score(form("1", "4", false, List.of())));
        assertEquals(Optional.of(Score.of(1, 4)), SubmissionRules.score(form("1", "4", false, null)));
    }

    @Test
    void ikkeRelevantWithoutCriteriaStaysNotRelevant() {
        assertEquals(Optional.of(Score.notRelevant()), SubmissionRules.score(form("", "", true, List.of())));
        assertTrue(SubmissionRules.validate(form("", "", true, List.of())).isEmpty());
    }

    @Test
    void allDroppedIsNotRelevantAndMayBeTypedSo() {
        List<SuccessCriterion> list = List.of(c("a", CriterionOutcome.DROPPED), c("b", CriterionOutcome.DROPPED));
        assertEquals(Optional.of(Score.notRelevant()), CriteriaTally.of(list).score());
        assertTrue(SubmissionRules.validate(form("", "", true, list)).isEmpty());
        assertEquals(Optional.empty(), CriteriaTally.of(list).shareMet());
    }

    @Test
    void notRelevantBesideAssessedCriteriaIsRefused() {
        List<SuccessCriterion> list = List.of(c("a", CriterionOutcome.MET));
        assertEquals(List.of("validation.notRelevant.withCriteria"), keys(form("", "", true, list)));
    }

    @Test
    void aCriterionWithoutOutcomeLeavesTheScoreMissing() {
        List<SuccessCriterion> list = List.of(c("a", CriterionOutcome.MET), SuccessCriterion.of("b"));
        assertEquals(Optional.of(Score.missing()), CriteriaTally.of(list).score());
        assertEquals(new CriteriaTally(1, 0, 0, 1), CriteriaTally.of(list));
    }

    @Test
    void typedNumbersMustBeTheDerivedOnes() {
        List<SuccessCriterion> list = List.of(c("a", CriterionOutcome.MET), c("b", CriterionOutcome.NOT_MET));
        assertTrue(SubmissionRules.validate(form("1", "2", false, list)).isEmpty());
        Violation v = SubmissionRules.validate(form("2", "2", false, list)).get(0);
        assertEquals("validation.score.notDerived", v.key());
        assertEquals(List.of("2/2", "1/2"), v.args());
    }

    @Test
    void aDroppedCriterionNeedsAReason() {
        SuccessCriterion dropped = new SuccessCriterion("a", CriterionOutcome.DROPPED, "  ", CriterionMarker.NEW, "");
        Violation v = CriteriaRules.validate(List.of(c("x", CriterionOutcome.MET), dropped)).get(0);
        assertEquals("validation.criterion.reasonMissing", v.key());
        assertEquals(Field.CRITERION, v.field());
        assertEquals(List.of(2), v.args());
    }

    @Test
    void textsMustBePresentShortPrintableAndDistinct() {
        assertEquals(List.of("validation.criterion.textMissing"), ruleKeys(List.of(SuccessCriterion.of(" "))));
        assertEquals(List.of("validation.criterion.textTooLong"),
                ruleKeys(List.of(SuccessCriterion.of("x".repeat(SuccessCriterion.MAX_TEXT_LENGTH + 1)))));
        assertEquals(List.of("validation.criterion.controlCharacter"), ruleKeys(List.of(SuccessCriterion.of("a\u0007"))));
        assertEquals(List.of("validation.criterion.duplicate"),
                ruleKeys(List.of(SuccessCriterion.of("Færre anmeldelser"), SuccessCriterion.of(" færre ANMELDELSER"))));
        List<SuccessCriterion> many = new ArrayList<>();
        for (int i = 0; i <= CriteriaRules.MAX_CRITERIA; i++) {
            many.add(SuccessCriterion.of("k" + i));
        }
        assertEquals(List.of("validation.criteria.tooMany"), ruleKeys(many));
    }

    @Test
    void aStoredFormWithCriteriaLeavesTheNumbersToThem() {
        List<SuccessCriterion> list = List.of(c("a", CriterionOutcome.DROPPED));
        SubmissionForm stored = SubmissionForm.of(Score.notRelevant(), RichText.EMPTY, RichText.EMPTY, list);
        assertFalse(stored.notRelevant());
        assertTrue(SubmissionRules.validate(stored).isEmpty());
        assertEquals(Optional.of(Score.notRelevant()), SubmissionRules.score(stored));
    }

    @Test
    void carryingOverKeepsTheTextAndForgetsTheOutcome() {
        SuccessCriterion last = new SuccessCriterion(" Færre anmeldelser ", CriterionOutcome.DROPPED, "Ingen data",
                CriterionMarker.NEW, "");
        SuccessCriterion next = last.carriedOver();
        assertEquals(new SuccessCriterion("Færre anmeldelser", null, "", CriterionMarker.CARRIED_OVER,
                "Færre anmeldelser"), next);
    }

    @Property(tries = 500)
    void theDerivedScoreCountsMetOverMetAndNotMet(@ForAll("assessed") List<SuccessCriterion> list) {
        long met = list.stream().filter(x -> x.outcome() == CriterionOutcome.MET).count();
        long notMet = list.stream().filter(x -> x.outcome() == CriterionOutcome.NOT_MET).count();
        Score score = CriteriaTally.of(list).score().orElseThrow();
        if (met + notMet == 0) {
            assertTrue(score.isNotRelevant());
        } else {
            assertEquals(Score.of((int) met, (int) (met + notMet)), score);
            assertTrue(score.met().orElseThrow() <= score.total().orElseThrow());
        }
    }

    @Property(tries = 300)
    void droppingACriterionNeverChangesTheOtherNumbersCounts(@ForAll("assessed") List<SuccessCriterion> list) {
        List<SuccessCriterion> more = new ArrayList<>(list);
        more.add(c("extra dropped " + list.size(), CriterionOutcome.DROPPED));
        CriteriaTally before = CriteriaTally.of(list);
        CriteriaTally after = CriteriaTally.of(more);
        assertEquals(before.met(), after.met());
        assertEquals(before.assessed(), after.assessed());
        assertEquals(before.dropped() + 1, after.dropped());
    }

    @Property(tries = 300)
    void aValidListAlwaysGivesAScoreTheDatabaseAccepts(@ForAll("assessed") List<SuccessCriterion> list) {
        SubmissionForm f = form("", "", false, list);
        assertTrue(SubmissionRules.validate(f).isEmpty(), () -> SubmissionRules.validate(f).toString());
        Score s = SubmissionRules.score(f).orElseThrow();
        assertEquals(s, Score.fromColumns(s.met().orElse(null), s.total().orElse(null), s.isNotRelevant()));
    }

    @Provide
    Arbitrary<List<SuccessCriterion>> assessed() {
        return Arbitraries.of(CriterionOutcome.values()).list().ofMinSize(1).ofMaxSize(CriteriaRules.MAX_CRITERIA)
                .map(outcomes -> {
                    List<SuccessCriterion> out = new ArrayList<>();
                    for (int i = 0; i < outcomes.size(); i++) {
                        out.add(c("Kriterium " + i, outcomes.get(i)));
                    }
                    return out;
                });
    }

    private static List<String> keys(SubmissionForm f) {
        return SubmissionRules.validate(f).stream().map(Violation::key).toList();
    }

    private static List<String> ruleKeys(List<SuccessCriterion> list) {
        return CriteriaRules.validate(list).stream().map(Violation::key).toList();
    }
}
