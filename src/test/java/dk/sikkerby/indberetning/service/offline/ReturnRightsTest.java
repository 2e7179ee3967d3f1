package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.SJAKKET;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may read a returned workbook in ({@link Action#READ_IN_WORKBOOK}), for every role and state of
 * the row the workbook changes (Sjakket, a SOF initiative): what is refused is a finding in the
 * preview and nothing is written; what is allowed is written with an audit row per changed field,
 * action "returned template", naming the file. Decision 0507.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReturnRightsTest {

    @Parameter
    DatabaseKind kind;


    enum Who { ADMIN, REVIEWER, COORD_OWN, COORD_OTHER }

    private static final SubmissionState[] STATES = {SubmissionState.NOT_STARTED, SubmissionState.DRAFT,
        SubmissionState.SUBMITTED, SubmissionState.RETURNED, SubmissionState.APPROVED};

    /** Per state in the order of {@link #STATES}: "ok" or the refusal's key after "workflow.refused.". By hand. */
    private static final String[] MATRIX = {
        "ADMIN       ok ok submitted ok approved",
        "REVIEWER    ok ok submitted ok approved",
        "COORD_OWN   ok ok submitted ok approved",
        "COORD_OTHER otherDepartment otherDepartment otherDepartment otherDepartment otherDepartment",
    };

    @TempDir
    Path folder;
    private OfflineFixture fixture;
    private WorkflowService workflow;

    @BeforeEach
    void setUp() {
        fixture = new OfflineFixture(folder, kind);
        workflow = TestServices.workflow(fixture.database.store());
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : MATRIX) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < STATES.length; i++) {
                cases.add(Arguments.of(Who.valueOf(cells[0]), STATES[i], cells[1 + i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} reads in a workbook changing a {1} row: {2}")
    @MethodSource("matrix")
    void aReturnedWorkbookIsReadInOrRefusedPerRoleDepartmentAndState(Who who, SubmissionState state, String expected)
            throws Exception {
        bringTo(state);
        Path sof = filledWorkbook();
        int auditBefore = new AuditRepository(fixture.database.dsl()).count();
        String before = DatabaseSnapshot.of(fixture.database.dsl());

        ImportPreview preview = fixture.exchange.preview(actor(who), List.of(sof), Expectation.none(), Progress.NONE);

        if (expected.equals("ok")) {
            assertFalse(preview.anyRefused(), () -> fixture.findings(preview).toString());
            assertEquals(1, fixture.exchange.apply(actor(who), preview, Map.of()).written());
            assertEquals(Score.of(2, 2), fixture.score(SJAKKET));
            SubmissionState after = state == SubmissionState.NOT_STARTED || state == SubmissionState.RETURNED
                    ? SubmissionState.DRAFT : state;
            assertEquals(after, fixture.row(SJAKKET).state());
            List<AuditEntry> trail = trail().subList(trail().size() - (state == after ? 2 : 3), trail().size());
            List<AuditEntry> returned = trail.stream().filter(e -> e.action() == AuditAction.TEMPLATE_RETURN).toList();
            assertEquals(List.of(AuditField.SCORE, AuditField.DEPARTMENT_NOTE), returned.stream().map(AuditEntry::field).toList());
            assertEquals(List.of("2/2", RichText.plain("Rettet offline").toStorage()),
                    returned.stream().map(AuditEntry::newValue).toList());
            assertTrue(trail.stream().allMatch(e -> e.actorLogin().equals(actor(who).login())));
            assertEquals(auditBefore + trail.size(), new AuditRepository(fixture.database.dsl()).count());
            assertEquals("SOF.xlsx", workflow.sourceFiles(YEAR, fixture.id(SJAKKET))
                    .get(returned.get(0).changedAt().toInstant()));
        } else {
            assertTrue(preview.anyRefused());
            assertEquals(List.of("workflow.refused." + expected),
                    preview.files().get(0).findings().stream().filter(Finding::isError).map(Finding::key).toList());
            assertEquals(new ApplyResult(0, 0, 0),
                    fixture.exchange.apply(actor(who), preview, Map.of()));
            assertEquals(before, DatabaseSnapshot.of(fixture.database.dsl()), "nothing was written");
        }
    }

    @ParameterizedTest(name = "{0} in a locked year")
    @EnumSource(Who.class)
    void aLockedYearRefusesEveryonesWorkbook(Who who) throws Exception {
        bringTo(SubmissionState.DRAFT);
        Path sof = filledWorkbook();
        workflow.lockYear(TestActors.administrator(), YEAR, "Sendt til udvalget");
        String before = DatabaseSnapshot.of(fixture.database.dsl());

        ImportPreview preview = fixture.exchange.preview(actor(who), List.of(sof), Expectation.none(), Progress.NONE);

        assertEquals(List.of("Året 2021 er låst: intet kan ændres, før en administrator låser det op."),
                fixture.findings(preview));
        assertEquals(new ApplyResult(0, 0, 0), fixture.exchange.apply(actor(who), preview, Map.of()));
        assertEquals(before, DatabaseSnapshot.of(fixture.database.dsl()));
    }

    @Test
    void aSubmittedRowIsNamedAtItsCellAndTheCoordinatorCannotOverwriteIt() throws Exception {
        bringTo(SubmissionState.SUBMITTED);
        Path sof = filledWorkbook();
        Score submitted = fixture.score(SJAKKET);

        ImportPreview preview = fixture.exchange.preview(actor(Who.COORD_OWN), List.of(sof), Expectation.none(),
                Progress.NONE);

        String finding = fixture.findings(preview).get(0);
        assertTrue(finding.startsWith("Ark SOF, A"), finding);
        assertTrue(finding.contains("Indsendt af SOF") && finding.contains("kan ikke redigeres, før Sikker By sender den tilbage"),
                finding);
        assertEquals(new ApplyResult(0, 0, 0), fixture.exchange.apply(actor(Who.COORD_OWN), preview, Map.of()));
        assertEquals(submitted, fixture.score(SJAKKET));
    }

    @Test
    void theRightsAreCheckedAgainWhenThePreviewIsApplied() throws Exception {
        bringTo(SubmissionState.DRAFT);
        Path sof = filledWorkbook();
        ImportPreview preview = fixture.exchange.preview(actor(Who.COORD_OWN), List.of(sof), Expectation.none(),
                Progress.NONE);
        assertFalse(preview.anyRefused());
        workflow.lockYear(TestActors.administrator(), YEAR, "Sendt til udvalget");
        String before = DatabaseSnapshot.of(fixture.database.dsl());

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> fixture.exchange.apply(actor(Who.COORD_OWN), preview, Map.of()));

        assertEquals("workflow.refused.yearLocked", e.key());
        assertEquals(before, DatabaseSnapshot.of(fixture.database.dsl()));
    }

    private List<AuditEntry> trail() {
        return new AuditRepository(fixture.database.dsl()).forSubmission(YEAR, fixture.id(SJAKKET));
    }

    /** SOF's workbook as made now, with Sjakket filled in by the coordinator: 2/2 and a note. */
    private Path filledWorkbook() throws Exception {
        Path sof = fixture.template("SOF", folder);
        try (Coordinator c = Coordinator.open(sof)) {
            c.score(SJAKKET, 2, 2).note(SJAKKET, "Rettet offline");
        }
        return sof;
    }

    private void bringTo(SubmissionState state) {
        if (state == SubmissionState.NOT_STARTED) {
            return;
        }
        Actor admin = TestActors.administrator();
        int id = fixture.id(SJAKKET);
        fixture.submissions.save(admin, YEAR, id, OfflineFixture.form("1", "2", false, RichText.plain("Kladde")), 0);
        if (state == SubmissionState.DRAFT) {
            return;
        }
        workflow.submit(admin, YEAR, id, fixture.row(SJAKKET).version());
        switch (state) {
            case RETURNED -> workflow.returnToDepartment(TestActors.reviewer(), YEAR, id, "Ret tallene",
                    fixture.row(SJAKKET).version());
            case APPROVED -> workflow.approve(TestActors.reviewer(), YEAR, id, fixture.row(SJAKKET).version());
            default -> { }
        }
        assertEquals(state, fixture.row(SJAKKET).state());
    }

    private Actor actor(Who who) {
        return switch (who) {
            case ADMIN -> TestActors.administrator();
            case REVIEWER -> TestActors.reviewer();
            case COORD_OWN -> TestActors.coordinator(fixture.row(SJAKKET).department().id());
            case COORD_OTHER -> TestActors.coordinator(fixture.row(OfflineFixture.IDRAET).department().id());
        };
    }
}
