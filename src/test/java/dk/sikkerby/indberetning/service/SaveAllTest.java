package dk.sikkerby.indberetning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import dk.sikkerby.indberetning.service.workflow.SubmissionEdit;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid's save: several rows in one transaction, each checked as the form's save checks one; all or nothing. */
class SaveAllTest {

    @TempDir
    Path dir;
    private Database database;
    private SubmissionService service;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        SampleYear.create(database.dsl());
        service = new SubmissionService(database.store());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private InitiativeRow row(String name) {
        return service.loadYear(SampleYear.YEAR).rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
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
}
