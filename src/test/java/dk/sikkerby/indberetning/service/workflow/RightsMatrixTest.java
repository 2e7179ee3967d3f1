package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × action × state on one submission (Sjakket, a SOF initiative), through the services on a
 * real database: the action is either done, or refused with its own message, and a refused action
 * changes nothing: not the submission, not the audit trail, not the comments.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class RightsMatrixTest {

    RightsMatrixTest(DatabaseKind kind) {
        // the kind is used once per class, by open()
    }



    /** Who acts: SOF's own coordinator, another department's (KFF) coordinator, the reviewer, the administrator. */
    enum Who { ADMIN, REVIEWER, COORD_OWN, COORD_OTHER }

    private static final SubmissionState[] STATES = {SubmissionState.NOT_STARTED, SubmissionState.DRAFT,
        SubmissionState.SUBMITTED, SubmissionState.RETURNED, SubmissionState.APPROVED};

    /**
     * The expected outcome per state, in the order of {@link #STATES}: "ok", or the suffix of the
     * refusal's key after "workflow.refused.". Written out by hand from the issue, not computed.
     */
    private static final String[] MATRIX = {
        "ADMIN       EDIT_SCORE_AND_NOTE  ok ok submitted ok approved",
        "REVIEWER    EDIT_SCORE_AND_NOTE  role role role role role",
        "COORD_OWN   EDIT_SCORE_AND_NOTE  ok ok submitted ok approved",
        "COORD_OTHER EDIT_SCORE_AND_NOTE  otherDepartment otherDepartment otherDepartment otherDepartment otherDepartment",
        "ADMIN       EDIT_ASSESSMENT      ok ok ok ok approved",
        "REVIEWER    EDIT_ASSESSMENT      ok ok ok ok approved",
        "COORD_OWN   EDIT_ASSESSMENT      role role role role role",
        "COORD_OTHER EDIT_ASSESSMENT      role role role role role",
        "ADMIN       SUBMIT               notStarted ok alreadySubmitted ok approved",
        "REVIEWER    SUBMIT               role role role role role",
        "COORD_OWN   SUBMIT               notStarted ok alreadySubmitted ok approved",
        "COORD_OTHER SUBMIT               otherDepartment otherDepartment otherDepartment otherDepartment otherDepartment",
        "ADMIN       RETURN               role role role role role",
        "REVIEWER    RETURN               notSubmitted notSubmitted ok notSubmitted approved",
        "COORD_OWN   RETURN               role role role role role",
        "COORD_OTHER RETURN               role role role role role",
        "ADMIN       APPROVE              role role role role role",
        "REVIEWER    APPROVE              notSubmitted notSubmitted ok notSubmitted approved",
        "COORD_OWN   APPROVE              role role role role role",
        "COORD_OTHER APPROVE              role role role role role",
        "ADMIN       REOPEN               role role role role role",
        "REVIEWER    REOPEN               notApproved notApproved notApproved notApproved ok",
        "COORD_OWN   REOPEN               role role role role role",
        "COORD_OTHER REOPEN               role role role role role",
        "ADMIN       COMMENT              ok ok ok ok ok",
        "REVIEWER    COMMENT              ok ok ok ok ok",
        "COORD_OWN   COMMENT              ok ok ok ok ok",
        "COORD_OTHER COMMENT              otherDepartment otherDepartment otherDepartment otherDepartment otherDepartment",
    };

    /** After an allowed action, the state the submission is in (from the state it was in). */
    private static final Map<Action, SubmissionState> TRANSITIONS = Map.of(
            Action.SUBMIT, SubmissionState.SUBMITTED, Action.RETURN, SubmissionState.RETURNED,
            Action.APPROVE, SubmissionState.APPROVED, Action.REOPEN, SubmissionState.RETURNED);

    @TempDir
    static Path dir;
    private static Database database;
    private static int sof;
    private static int kff;
    private SubmissionService submissions;
    private WorkflowService workflow;

    @BeforeParameterizedClassInvocation
    static void open(DatabaseKind kind) {
        database = kind.open(dir);
        SampleYear.create(database.dsl());
        sof = department("SOF");
        kff = department("KFF");
    }

    @AfterParameterizedClassInvocation
    static void close() {
        database.close();
    }

    private static int department(String code) {
        return new dk.sikkerby.indberetning.service.year.YearSetupService(database.store()).departments().stream()
                .filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }

    @BeforeEach
    void clean() {
        DSLContext dsl = database.dsl();
        dsl.execute("DELETE FROM submission_comment");
        dsl.execute("DELETE FROM audit_entry");
        dsl.execute("DELETE FROM submission");
        dsl.execute("UPDATE report_year SET locked = FALSE");
        submissions = new SubmissionService(Store.over(dsl));
        workflow = TestServices.workflow(Store.over(dsl));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : MATRIX) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < STATES.length; i++) {
                cases.add(Arguments.of(Who.valueOf(cells[0]), Action.valueOf(cells[1]), STATES[i], cells[2 + i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @MethodSource("matrix")
    void everyRoleActionAndStateIsAllowedOrRefusedWithItsReason(Who who, Action action, SubmissionState state,
                                                               String expected) {
        bringTo(state);
        Snapshot before = snapshot();
        if (expected.equals("ok")) {
            perform(who, action);
            SubmissionState after = row().state();
            SubmissionState wanted = TRANSITIONS.getOrDefault(action,
                    action == Action.EDIT_SCORE_AND_NOTE && (state == SubmissionState.RETURNED
                            || state == SubmissionState.NOT_STARTED)
                            || action == Action.EDIT_ASSESSMENT && state == SubmissionState.NOT_STARTED
                            ? SubmissionState.DRAFT : state);
            assertEquals(wanted, after);
            assertEquals(true, snapshot().audit() > before.audit() || snapshot().comments() > before.comments(),
                    "an allowed action leaves a trace");
        } else {
            UserFacingException e = assertThrows(UserFacingException.class, () -> perform(who, action));
            assertEquals("workflow.refused." + expected, e.key());
            assertEquals(before, snapshot(), "a refused action writes nothing");
        }
    }

    static Stream<Arguments> everyoneEverySubmissionAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Action action : Action.values()) {
                // reading a workbook in needs a workbook made before the lock: ReturnRightsTest has its matrix
                if (action.onSubmission() && action != Action.READ_IN_WORKBOOK) {
                    cases.add(Arguments.of(who, action));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} in a locked year")
    @MethodSource("everyoneEverySubmissionAction")
    void aLockedYearRefusesEveryChangeToEveryone(Who who, Action action) {
        bringTo(SubmissionState.SUBMITTED);
        workflow.lockYear(TestActors.administrator(), SampleYear.YEAR, "Bilaget er sendt til udvalget");
        Snapshot before = snapshot();
        UserFacingException e = assertThrows(UserFacingException.class, () -> perform(who, action));
        assertEquals("workflow.refused.yearLocked", e.key());
        assertEquals(List.of(SampleYear.YEAR), e.args());
        assertEquals(before, snapshot());
    }

    private record Snapshot(String submission, int audit, int comments) {
    }

    private Snapshot snapshot() {
        DSLContext dsl = database.dsl();
        return new Snapshot(String.valueOf(row().submission()), dsl.fetchCount(dsl.selectFrom("audit_entry")),
                dsl.fetchCount(dsl.selectFrom("submission_comment")));
    }

    private InitiativeRow row() {
        return submissions.loadYear(SampleYear.YEAR).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .findFirst().orElseThrow();
    }

    private void bringTo(SubmissionState state) {
        if (state == SubmissionState.NOT_STARTED) {
            return;
        }
        Actor admin = TestActors.administrator();
        InitiativeRow r = row();
        submissions.save(admin, SampleYear.YEAR, r.initiativeId(),
                new SubmissionForm("1", "2", false, RichText.plain("Kladde"), RichText.EMPTY), 0);
        if (state == SubmissionState.DRAFT) {
            return;
        }
        workflow.submit(admin, SampleYear.YEAR, r.initiativeId(), row().version());
        switch (state) {
            case RETURNED -> workflow.returnToDepartment(TestActors.reviewer(), SampleYear.YEAR, r.initiativeId(),
                    "Ret venligst tallene", row().version());
            case APPROVED -> workflow.approve(TestActors.reviewer(), SampleYear.YEAR, r.initiativeId(), row().version());
            default -> { }
        }
        assertEquals(state, row().state());
    }

    private Actor actor(Who who) {
        return switch (who) {
            case ADMIN -> TestActors.administrator();
            case REVIEWER -> TestActors.reviewer();
            case COORD_OWN -> TestActors.coordinator(sof);
            case COORD_OTHER -> TestActors.coordinator(kff);
        };
    }

    private void perform(Who who, Action action) {
        Actor actor = actor(who);
        InitiativeRow r = row();
        int id = r.initiativeId();
        int year = SampleYear.YEAR;
        switch (action) {
            case EDIT_SCORE_AND_NOTE -> submissions.save(actor, year, id,
                    new SubmissionForm("2", "2", false, RichText.plain("Rettet"), r.assessment()), r.version());
            case EDIT_ASSESSMENT -> submissions.save(actor, year, id,
                    SubmissionForm.of(r.score(), r.departmentNote(), RichText.plain("Fint arbejde")), r.version());
            case SUBMIT -> workflow.submit(actor, year, id, r.version());
            case RETURN -> workflow.returnToDepartment(actor, year, id, "Tallene mangler", r.version());
            case APPROVE -> workflow.approve(actor, year, id, r.version());
            case REOPEN -> workflow.reopen(actor, year, id, "Forkert tal fundet", r.version());
            case COMMENT -> workflow.comment(actor, year, id, "Et svar");
            default -> throw new IllegalArgumentException(action.name());
        }
    }
}
