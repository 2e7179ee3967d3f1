package dk.sikkerby.indberetning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import dk.sikkerby.indberetning.service.workflow.SubmissionEdit;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.SampleYearServiceTest;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grid's save: several rows in one transaction, each checked as the form's save checks one; all or nothing;
 * on an H2 file and on PostgreSQL (the batches and their version checks are dialect-specific SQL).
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SaveAllTest extends SampleYearServiceTest {

    @Parameter
    DatabaseKind kind;

    @Override
    protected Database openDatabase(Path dir) {
        return kind.open(dir);
    }

    private static SubmissionEdit edit(InitiativeRow row, String met, String total) {
        return new SubmissionEdit(row.initiativeId(), new SubmissionForm(met, total, false, row.departmentNote(),
                row.assessment()), row.version());
    }

    private long auditRows() {
        return database.dsl().fetchCount(database.dsl().selectFrom("audit_entry"));
    }

    @Test
    void changedRowsAreSavedTogetherWithTheirAuditRows() {
        long before = auditRows();
        var saved = service.saveAll(TestActors.administrator(), SampleYear.YEAR,
                List.of(edit(row("Sjakket"), "1", "2"), edit(row("Københavnerteamet"), "3", "3")));
        assertEquals(2, saved.size());
        assertEquals(Score.of(1, 2), row("Sjakket").score());
        assertEquals(Score.of(3, 3), row("Københavnerteamet").score());
        assertTrue(auditRows() >= before + 2, "one audit row per changed field");
    }

    @Test
    void oneBadRowSavesNothingAndNamesTheRow() {
        InvalidRowException e = assertThrows(InvalidRowException.class, () -> service.saveAll(TestActors.administrator(),
                SampleYear.YEAR, List.of(edit(row("Sjakket"), "1", "2"), edit(row("Københavnerteamet"), "11", "10"))));
        assertEquals("Københavnerteamet", e.rowName());
        assertEquals("validation.met.exceedsTotal", e.key());
        assertTrue(row("Sjakket").submission().isEmpty());
    }

    @Test
    void aRowTheActorMayNotChangeSavesNothingAndNamesTheRow() {
        InitiativeRow sjakket = row("Sjakket");
        int sof = sjakket.department().id();
        InitiativeRow green = row("Green Teams Fritidsjob");
        InvalidRowException e = assertThrows(InvalidRowException.class, () -> service.saveAll(TestActors.coordinator(sof),
                SampleYear.YEAR, List.of(edit(sjakket, "1", "2"), edit(green, "1", "1"))));
        assertEquals("Green Teams Fritidsjob", e.rowName());
        assertEquals("workflow.refused.otherDepartment", e.key());
        assertTrue(row("Sjakket").submission().isEmpty(), "the first row's write was rolled back");
    }

    @Test
    void aRowSavedByOthersInBetweenSavesNothing() {
        InitiativeRow sjakket = row("Sjakket");
        InitiativeRow team = row("Københavnerteamet");
        service.save(TestActors.administrator(), SampleYear.YEAR, team.initiativeId(),
                new SubmissionForm("2", "4", false, RichText.EMPTY, RichText.EMPTY), 0);
        ConcurrentEditException e = assertThrows(ConcurrentEditException.class, () -> service.saveAll(
                TestActors.administrator(), SampleYear.YEAR, List.of(edit(sjakket, "1", "2"), edit(team, "3", "4"))));
        assertEquals(Score.of(2, 4), e.stored().score());
        assertTrue(row("Sjakket").submission().isEmpty());
        assertEquals(Score.of(2, 4), row("Københavnerteamet").score());
    }

    @Test
    void aLockedYearSavesNothing() {
        new WorkflowService(database.store(), new SubmissionService(database.store())).lockYear(TestActors.administrator(), SampleYear.YEAR, "done");
        InvalidRowException e = assertThrows(InvalidRowException.class, () -> service.saveAll(TestActors.administrator(),
                SampleYear.YEAR, List.of(edit(row("Sjakket"), "1", "2"))));
        assertEquals("workflow.refused.yearLocked", e.key());
        assertTrue(row("Sjakket").submission().isEmpty());
    }

    @Test
    void newRowsAndStoredRowsSaveTogetherEachWithItsVersionAndAuditRows() {
        InitiativeRow team = row("Københavnerteamet");
        service.save(TestActors.administrator(), SampleYear.YEAR, team.initiativeId(),
                new SubmissionForm("2", "4", false, RichText.plain("note"), RichText.EMPTY), 0);
        team = row("Københavnerteamet");
        InitiativeRow sjakket = row("Sjakket");
        List<Submission> saved = service.saveAll(TestActors.administrator(), SampleYear.YEAR,
                List.of(edit(sjakket, "1", "2"), edit(team, "3", "4")));
        assertEquals(List.of(sjakket.initiativeId(), team.initiativeId()),
                saved.stream().map(Submission::initiativeId).toList(), "in the order of the edits");
        assertEquals(List.of(1, 2), saved.stream().map(Submission::version).toList());
        assertEquals(List.of(Score.of(1, 2), Score.of(3, 4)), saved.stream().map(Submission::score).toList());
        assertEquals(SubmissionState.DRAFT, saved.get(0).state(), "a new row starts in draft");
        List<AuditEntry> teamTrail = new WorkflowService(database.store(), service).history(SampleYear.YEAR,
                team.initiativeId());
        AuditEntry last = teamTrail.get(teamTrail.size() - 1);
        assertEquals(AuditField.SCORE, last.field());
        assertEquals(AuditAction.EDIT, last.action());
        assertEquals("2/4", last.oldValue());
        assertEquals("3/4", last.newValue());
        assertEquals("admin", last.actorLogin());
    }

    @Test
    void aRowThatHoldsWhatIsStoredIsNotWrittenAgain() {
        InitiativeRow sjakket = row("Sjakket");
        service.save(TestActors.administrator(), SampleYear.YEAR, sjakket.initiativeId(),
                new SubmissionForm("1", "2", false, RichText.EMPTY, RichText.EMPTY), 0);
        sjakket = row("Sjakket");
        long audit = auditRows();
        List<Submission> saved = service.saveAll(TestActors.administrator(), SampleYear.YEAR,
                List.of(edit(sjakket, "1", "2"), edit(row("Københavnerteamet"), "3", "3")));
        assertEquals(1, saved.get(0).version(), "unchanged: the stored version stands");
        assertEquals(audit + 2, auditRows(), "the new row's score and its state, nothing for the unchanged row");
    }

    @Test
    void aReturnedRowTheDepartmentChangesGoesBackToDraft() {
        InitiativeRow sjakket = row("Sjakket");
        int sof = sjakket.department().id();
        WorkflowService workflow = new WorkflowService(database.store(), service);
        Submission s = service.save(TestActors.coordinator(sof), SampleYear.YEAR, sjakket.initiativeId(),
                new SubmissionForm("1", "2", false, RichText.EMPTY, RichText.EMPTY), 0);
        s = workflow.submit(TestActors.coordinator(sof), SampleYear.YEAR, sjakket.initiativeId(), s.version());
        workflow.returnToDepartment(TestActors.reviewer(), SampleYear.YEAR, sjakket.initiativeId(), "Tjek tallet",
                s.version());
        InitiativeRow returned = row("Sjakket");
        assertEquals(SubmissionState.RETURNED, returned.state());
        InitiativeRow other = row("Københavnerteamet");
        List<Submission> saved = service.saveAll(TestActors.administrator(), SampleYear.YEAR,
                List.of(edit(returned, "2", "2"), edit(other, "1", "1")));
        assertEquals(SubmissionState.DRAFT, saved.get(0).state());
        assertEquals(SubmissionState.DRAFT, row("Sjakket").state());
        assertEquals("admin", saved.get(0).status().changedBy());
        assertEquals(returned.version() + 1, saved.get(0).version());
        assertTrue(workflow.history(SampleYear.YEAR, sjakket.initiativeId()).stream()
                .anyMatch(e -> e.field() == AuditField.STATE && "RETURNED".equals(e.oldValue())
                        && "DRAFT".equals(e.newValue())), "the state change is audited");
    }

    @Test
    void aNewRowSomeoneElseStoredFirstSavesNothingAndIsNamed() {
        InitiativeRow sjakket = row("Sjakket");
        InitiativeRow team = row("Københavnerteamet");
        InitiativeRow green = row("Green Teams Fritidsjob");
        service.save(TestActors.administrator(), SampleYear.YEAR, team.initiativeId(),
                new SubmissionForm("2", "4", false, RichText.EMPTY, RichText.EMPTY), 0);
        ConcurrentEditException e = assertThrows(ConcurrentEditException.class, () -> service.saveAll(
                TestActors.administrator(), SampleYear.YEAR,
                List.of(edit(sjakket, "1", "2"), edit(green, "1", "1"), edit(team, "3", "4"))));
        assertEquals(team.initiativeId(), e.stored().initiativeId());
        assertTrue(row("Sjakket").submission().isEmpty(), "the batch before it was rolled back");
        assertTrue(row("Green Teams Fritidsjob").submission().isEmpty());
    }
}
