package dk.sikkerby.indberetning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.SampleYearServiceTest;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saving criteria: the score follows them in the same transaction, each change is audited, rights as for the score. */
class CriteriaServiceTest extends SampleYearServiceTest {

    @Override
    protected Database openDatabase(Path dir) {
        return TestDatabase.open(dir);
    }

    private static SuccessCriterion c(String text, CriterionOutcome outcome) {
        return new SuccessCriterion(text, outcome, outcome == CriterionOutcome.DROPPED ? "Ingen data" : "",
                CriterionMarker.NEW, "");
    }

    private static SubmissionForm form(List<SuccessCriterion> criteria) {
        return new SubmissionForm("", "", false, RichText.plain("note"), RichText.EMPTY, criteria);
    }

    @Test
    void theStoredScoreIsDerivedFromTheCriteria() {
        InitiativeRow sjakket = row("Sjakket");
        service.save(TestActors.administrator(), SampleYear.YEAR, sjakket.initiativeId(), form(List.of(
                c("a", CriterionOutcome.MET), c("b", CriterionOutcome.MET), c("c", CriterionOutcome.NOT_MET),
                c("d", CriterionOutcome.DROPPED))), 0);
        assertEquals(Score.of(2, 3), row("Sjakket").score());
        assertEquals(4, service.criteria(SampleYear.YEAR, sjakket.initiativeId()).size());
    }

    @Test
    void aFormThatDoesNotSpeakOfCriteriaKeepsThemAndTheirScore() {
        int id = row("Sjakket").initiativeId();
        service.save(TestActors.administrator(), SampleYear.YEAR, id, form(List.of(c("a", CriterionOutcome.MET))), 0);
        service.save(TestActors.administrator(), SampleYear.YEAR, id,
                new SubmissionForm("", "", false, RichText.plain("new note"), RichText.EMPTY), 1);
        assertEquals(Score.of(1, 1), row("Sjakket").score());
        assertEquals(RichText.plain("new note"), row("Sjakket").departmentNote());
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> service.save(
                TestActors.administrator(), SampleYear.YEAR, id,
                new SubmissionForm("0", "1", false, RichText.plain("new note"), RichText.EMPTY), 2));
        assertEquals("validation.score.notDerived", e.key());
        assertEquals(Score.of(1, 1), row("Sjakket").score());
    }

    @Test
    void removingEveryCriterionGoesBackToTheTypedScore() {
        int id = row("Sjakket").initiativeId();
        service.save(TestActors.administrator(), SampleYear.YEAR, id, form(List.of(c("a", CriterionOutcome.MET))), 0);
        service.save(TestActors.administrator(), SampleYear.YEAR, id,
                new SubmissionForm("", "", true, RichText.plain("note"), RichText.EMPTY, List.of()), 1);
        assertEquals(Score.notRelevant(), row("Sjakket").score());
        assertEquals(List.of(), service.criteria(SampleYear.YEAR, id));
    }

    @Test
    void eachChangedCriterionIsOneAuditRowInTheSameSave() {
        int id = row("Sjakket").initiativeId();
        service.save(TestActors.administrator(), SampleYear.YEAR, id,
                form(List.of(c("a", CriterionOutcome.MET), c("b", CriterionOutcome.NOT_MET))), 0);
        service.save(TestActors.administrator(), SampleYear.YEAR, id,
                form(List.of(c("a", CriterionOutcome.MET), c("b", CriterionOutcome.DROPPED))), 1);
        List<AuditEntry> rows = new AuditRepository(database.dsl()).forSubmission(SampleYear.YEAR, id).stream()
                .filter(e -> e.field() == AuditField.CRITERION).toList();
        assertEquals(3, rows.size());
        assertEquals("2. b [NOT_MET; NEW]", rows.get(2).oldValue());
        assertEquals("2. b [DROPPED: Ingen data; NEW]", rows.get(2).newValue());
        assertTrue(new AuditRepository(database.dsl()).forSubmission(SampleYear.YEAR, id).stream()
                .anyMatch(e -> e.field() == AuditField.SCORE && "1/1".equals(e.newValue())));
    }

    @Test
    void criteriaFollowTheRightsOfTheScore() {
        InitiativeRow sjakket = row("Sjakket");
        UserFacingException reviewer = assertThrows(UserFacingException.class, () -> service.save(TestActors.reviewer(),
                SampleYear.YEAR, sjakket.initiativeId(), form(List.of(c("a", CriterionOutcome.MET))), 0));
        assertEquals("workflow.refused.role", reviewer.key());
        int otherDepartment = row("Idrætssociale Indsatser").department().id();
        UserFacingException other = assertThrows(UserFacingException.class, () -> service.save(
                TestActors.coordinator(otherDepartment), SampleYear.YEAR, sjakket.initiativeId(),
                form(List.of(c("a", CriterionOutcome.MET))), 0));
        assertEquals("workflow.refused.otherDepartment", other.key());
        service.save(TestActors.coordinator(sjakket.department().id()), SampleYear.YEAR, sjakket.initiativeId(),
                form(List.of(c("a", CriterionOutcome.MET))), 0);
        assertEquals(List.of(c("a", CriterionOutcome.MET)), service.criteria(SampleYear.YEAR, sjakket.initiativeId()));
    }

    @Test
    void aDroppedCriterionWithoutAReasonIsRefusedAndNothingIsStored() {
        int id = row("Sjakket").initiativeId();
        SuccessCriterion noReason = new SuccessCriterion("a", CriterionOutcome.DROPPED, "", CriterionMarker.NEW, "");
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> service.save(TestActors.administrator(), SampleYear.YEAR, id, form(List.of(noReason)), 0));
        assertEquals("validation.criterion.reasonMissing", e.key());
        assertTrue(row("Sjakket").submission().isEmpty());
        assertEquals(List.of(), service.criteria(SampleYear.YEAR, id));
    }
}
