package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.CommentKind;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.CommentRepository;
import dk.sikkerby.indberetning.persistence.UserAuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each change writes exactly its audit rows, in its own transaction; a failure takes both back. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AuditTrailTest {

    @Parameter
    DatabaseKind kind;


    @TempDir
    Path dir;
    private Database database;
    private SubmissionService submissions;
    private WorkflowService workflow;
    private Actor coordinator;
    private final Actor reviewer = TestActors.reviewer();

    @BeforeEach
    void open() {
        database = kind.open(dir);
        SampleYear.create(database.dsl());
        database.dsl().execute("DELETE FROM audit_entry"); // the set-up's own rows: SetUpAuditTest
        submissions = new SubmissionService(database.store());
        workflow = TestServices.workflow(database.store());
        coordinator = TestActors.coordinator(row().department().id());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private InitiativeRow row() {
        return submissions.loadYear(SampleYear.YEAR).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .findFirst().orElseThrow();
    }

    private List<String> trail() {
        return workflow.history(SampleYear.YEAR, row().initiativeId()).stream()
                .map(e -> e.action() + " " + e.field() + " [" + e.oldValue() + "] -> [" + e.newValue() + "] by "
                        + e.actorLogin())
                .toList();
    }

    @Test
    void eachStepOfTheLifeWritesExactlyItsRows() {
        int id = row().initiativeId();
        submissions.save(coordinator, SampleYear.YEAR, id,
                new SubmissionForm("1", "2", false, RichText.plain("Første udkast"), RichText.EMPTY), 0);
        String c = coordinator.login();
        assertEquals(List.of(
                "EDIT SCORE [] -> [1/2] by " + c,
                "EDIT DEPARTMENT_NOTE [] -> [<p>Første udkast</p>] by " + c,
                "STATE_CHANGE STATE [NOT_STARTED] -> [DRAFT] by " + c), trail());

        workflow.submit(coordinator, SampleYear.YEAR, id, row().version());
        assertEquals("STATE_CHANGE STATE [DRAFT] -> [SUBMITTED] by " + c, trail().get(3));
        assertEquals(4, trail().size());

        workflow.returnToDepartment(reviewer, SampleYear.YEAR, id, "Hvor mange deltog?", row().version());
        assertEquals(List.of("STATE_CHANGE STATE [SUBMITTED] -> [RETURNED] by reviewer"), trail().subList(4, 5));
        var thread = workflow.thread(SampleYear.YEAR, id);
        assertEquals(1, thread.size());
        assertEquals(CommentKind.RETURN, thread.get(0).kind());
        assertEquals("Hvor mange deltog?", thread.get(0).body());

        submissions.save(coordinator, SampleYear.YEAR, id,
                new SubmissionForm("2", "2", false, RichText.plain("Første udkast"), RichText.EMPTY), row().version());
        assertEquals(List.of("EDIT SCORE [1/2] -> [2/2] by " + c, "STATE_CHANGE STATE [RETURNED] -> [DRAFT] by " + c),
                trail().subList(5, 7));
        assertEquals(SubmissionState.DRAFT, row().state());

        workflow.submit(coordinator, SampleYear.YEAR, id, row().version());
        workflow.approve(reviewer, SampleYear.YEAR, id, row().version());
        workflow.reopen(reviewer, SampleYear.YEAR, id, "Tallet for 2021 var forkert", row().version());
        assertEquals(List.of("STATE_CHANGE STATE [DRAFT] -> [SUBMITTED] by " + c,
                "STATE_CHANGE STATE [SUBMITTED] -> [APPROVED] by reviewer",
                "STATE_CHANGE STATE [APPROVED] -> [RETURNED] by reviewer"), trail().subList(7, 10));
        assertEquals(10, trail().size());
        assertEquals(CommentKind.REOPEN, workflow.thread(SampleYear.YEAR, id).get(1).kind());
    }

    @Test
    void theReviewersAssessmentIsOneRowAndLeavesTheStateAlone() {
        int id = row().initiativeId();
        submissions.save(coordinator, SampleYear.YEAR, id, new SubmissionForm("1", "1", false, null, null), 0);
        workflow.submit(coordinator, SampleYear.YEAR, id, row().version());
        InitiativeRow submitted = row();
        submissions.save(reviewer, SampleYear.YEAR, id, SubmissionForm.of(submitted.score(), submitted.departmentNote(),
                RichText.parse("<p><i>Flot</i></p>")), submitted.version());
        List<AuditEntry> last = workflow.history(SampleYear.YEAR, id);
        AuditEntry entry = last.get(last.size() - 1);
        assertEquals(AuditAction.EDIT, entry.action());
        assertEquals("<p><i>Flot</i></p>", entry.newValue());
        assertEquals("Rikke Reviewer", entry.actorName());
        assertEquals(4, last.size());
        assertEquals(SubmissionState.SUBMITTED, row().state());
    }

    @Test
    void aFailureInTheMiddleTakesBackTheChangeAndItsAuditRows() {
        int id = row().initiativeId();
        Actor admin = TestActors.administrator();
        submissions.save(admin, SampleYear.YEAR, id, new SubmissionForm("1", "2", false, null, null), 0);
        InitiativeRow before = row();
        int auditBefore = new AuditRepository(database.dsl()).count();
        // the database refuses the assessment's audit row: written after the submission and its score row
        database.dsl().execute("ALTER TABLE audit_entry ADD CONSTRAINT test_refuse_assessment "
                + "CHECK (field_name <> 'ASSESSMENT')");
        assertThrows(DataAccessException.class, () -> submissions.save(admin, SampleYear.YEAR, id,
                new SubmissionForm("2", "2", false, null, RichText.plain("Godt")), before.version()));
        assertEquals(before.submission(), row().submission());
        assertEquals(auditBefore, new AuditRepository(database.dsl()).count());
    }

    @Test
    void lockingAndUnlockingTheYearAreInItsTrailWithTheReason() {
        Actor admin = TestActors.administrator();
        workflow.lockYear(admin, SampleYear.YEAR, "");
        assertTrue(workflow.control(SampleYear.YEAR).locked());
        assertEquals("workflow.error.commentRequired", assertThrows(
                dk.sikkerby.indberetning.service.UserFacingException.class,
                () -> workflow.unlockYear(admin, SampleYear.YEAR, "  ")).key());
        workflow.unlockYear(admin, SampleYear.YEAR, "Rettelse fra SOF efter udvalgsmødet");
        List<String> rows = workflow.yearHistory(SampleYear.YEAR).stream()
                .map(e -> e.action() + " " + e.field() + " " + e.oldValue() + " -> " + e.newValue()).toList();
        assertEquals(List.of("YEAR_LOCK YEAR_LOCKED false -> true", "YEAR_UNLOCK YEAR_LOCKED true -> false",
                "YEAR_UNLOCK LOCK_REASON null -> Rettelse fra SOF efter udvalgsmødet"), rows);
    }

    @Test
    void theAppHasNoWayToChangeOrDeleteAnAuditRowOrAComment() throws IOException {
        for (Class<?> repository : List.of(AuditRepository.class, CommentRepository.class,
                UserAuditRepository.class)) {
            List<String> writers = Arrays.stream(repository.getDeclaredMethods()).map(Method::getName)
                    .filter(n -> n.matches("(?i).*(update|delete|remove|set|change|edit|clear).*")).toList();
            assertEquals(List.of(), writers, repository.getSimpleName());
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f).replaceAll("\\s+", "");
                for (String table : List.of("AUDIT_ENTRY", "SUBMISSION_COMMENT", "USER_AUDIT_ENTRY", "audit_entry",
                        "submission_comment", "user_audit_entry")) {
                    assertTrue(!code.contains("update(" + table) && !code.contains("delete(" + table)
                            && !code.contains("deleteFrom(" + table) && !code.contains("UPDATE" + table)
                            && !code.contains("DELETEFROM" + table), f + " changes " + table);
                }
            }
        }
    }
}
