package dk.sikkerby.indberetning.service.importer;

import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_RUN;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.ImportAccount;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Importing an old appendix is an administrator's action, checked by the service, and every field it
 * writes is in the audit trail, written in the import's own transaction and linked to the file.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ImportAuditTest extends ImporterOnDatabaseTest {

    @Parameter
    DatabaseKind kind;

    private static final ImportRequest IMPORT = new ImportRequest(Optional.empty(), false, false);
    private static final Actor ADMIN = TestActors.administrator();

    @Override
    Database openDatabase(Path dir) {
        return kind.open(dir);
    }

    private List<InitiativeRow> rows() {
        return new SubmissionService(Store.over(dsl)).loadYear(2021).rows();
    }

    private List<AuditEntry> trail(InitiativeRow row) {
        return new AuditRepository(dsl).forSubmission(2021, row.initiativeId());
    }

    @Test
    void anAdministratorsImportShowsOneAuditRowPerImportedFieldNamingTheFile() {
        ImportResult result = importer.run(ADMIN, AppendixFile.path(), IMPORT, Progress.NONE);

        assertEquals(Outcome.IMPORTED, result.outcome());
        int fields = 0;
        for (InitiativeRow row : rows()) {
            List<AuditField> expected = new ArrayList<>();
            List<String> values = new ArrayList<>();
            if (!row.score().isMissing()) {
                expected.add(AuditField.SCORE);
                values.add(AuditField.scoreValue(row.score()));
            }
            if (!row.departmentNote().isEmpty()) {
                expected.add(AuditField.DEPARTMENT_NOTE);
                values.add(row.departmentNote().toStorage());
            }
            if (!row.assessment().isEmpty()) {
                expected.add(AuditField.ASSESSMENT);
                values.add(row.assessment().toStorage());
            }
            List<AuditEntry> imported = trail(row).stream().filter(e -> e.action() == AuditAction.IMPORT).toList();
            assertEquals(expected, imported.stream().map(AuditEntry::field).toList(), row.name());
            assertEquals(values, imported.stream().map(AuditEntry::newValue).toList(), row.name());
            assertTrue(imported.stream().allMatch(e -> e.oldValue().isEmpty() && e.actorLogin().equals("admin")
                    && e.actorName().equals(ADMIN.fullName())), row.name());
            List<AuditEntry> states = trail(row).stream().filter(e -> e.action() == AuditAction.STATE_CHANGE).toList();
            assertEquals(1, states.size(), "a new submission starts as a draft");
            assertEquals(List.of(SubmissionState.NOT_STARTED.name(), SubmissionState.DRAFT.name()),
                    List.of(states.get(0).oldValue(), states.get(0).newValue()));
            Map<java.time.Instant, String> files = TestServices.workflow(Store.over(dsl)).sourceFiles(2021, row.initiativeId());
            assertEquals("bilag1-2021.txt", files.get(imported.get(0).changedAt().toInstant()));
            fields += expected.size();
        }
        assertEquals(1, new AuditRepository(dsl).count(), "one stored row accounts for the 25 new submissions");
        assertTrue(fields > 25 * 2, "the 2021 appendix has scores and most texts: " + fields);
    }

    /**
     * Decision 1905: the import stores one account row instead of the new submissions' field rows. What
     * an auditor reads stays the same: the account names the stored run, the file's digest and every new
     * submission; each submission's trail still shows the values as imported, also after a later edit
     * (whose row keeps the imported value as its old value), then the edit, old to new.
     */
    @Test
    void theAccountOfAnImportNamesTheRunAndTheFileAndTheImportedValuesOutliveLaterEdits() {
        importer.run(ADMIN, AppendixFile.path(), IMPORT, Progress.NONE);
        AuditRepository audit = new AuditRepository(dsl);
        List<AuditEntry> accounts = audit.importAccounts(2021);
        assertEquals(1, accounts.size());
        AuditEntry stored = accounts.get(0);
        ImportAccount account = ImportAccount.parse(stored.newValue()).orElseThrow();
        var run = dsl.select(IMPORT_RUN.ID, IMPORT_RUN.FILE_SHA256, IMPORT_RUN.IMPORTED_AT).from(IMPORT_RUN).fetchSingle();
        assertEquals(List.of(run.value1(), run.value2(), "bilag1-2021.txt"),
                List.of(account.runId(), account.sha256(), account.fileName()));
        assertEquals(run.value3().toInstant(), stored.changedAt().toInstant(), "the same moment as the run's log");
        assertEquals(List.of(AuditAction.IMPORT, "admin", ADMIN.fullName()),
                List.of(stored.action(), stored.actorLogin(), stored.actorName()));
        assertEquals(25, account.count());
        assertTrue(rows().stream().allMatch(r -> account.covers(r.initiativeId())));
        assertTrue(audit.forYear(2021).isEmpty(), "the account is in the submissions' trails, not the year's");

        InitiativeRow row = rows().stream().filter(r -> !r.departmentNote().isEmpty() && r.score().met().isPresent())
                .findFirst().orElseThrow();
        String imported = row.departmentNote().toStorage();
        new SubmissionService(Store.over(dsl)).save(ADMIN, 2021, row.initiativeId(), new SubmissionForm(
                String.valueOf(row.score().met().get()), String.valueOf(row.score().total().get()), false,
                RichText.plain("Rettet bagefter"), row.assessment()), row.version());

        List<AuditEntry> notes = trail(row).stream().filter(e -> e.field() == AuditField.DEPARTMENT_NOTE).toList();
        assertEquals(2, notes.size(), notes::toString);
        assertEquals(List.of(AuditAction.IMPORT, "", imported, "admin"),
                List.of(notes.get(0).action(), notes.get(0).oldValue(), notes.get(0).newValue(), notes.get(0).actorLogin()));
        assertEquals(List.of(AuditAction.EDIT, imported, RichText.plain("Rettet bagefter").toStorage()),
                List.of(notes.get(1).action(), notes.get(1).oldValue(), notes.get(1).newValue()));
        assertEquals("bilag1-2021.txt", TestServices.workflow(Store.over(dsl)).sourceFiles(2021, row.initiativeId())
                .get(notes.get(0).changedAt().toInstant()));
    }

    static Stream<Actor> notAdministrators() {
        return Stream.of(TestActors.reviewer(), TestActors.coordinator(1));
    }

    @ParameterizedTest
    @MethodSource("notAdministrators")
    void onlyAnAdministratorImportsOthersAreRefusedAndNothingIsWritten(Actor actor) {
        String before = DatabaseSnapshot.of(dsl);

        UserFacingException run = assertThrows(UserFacingException.class,
                () -> importer.run(actor, AppendixFile.path(), IMPORT, Progress.NONE));
        UserFacingException preview = assertThrows(UserFacingException.class,
                () -> importer.preview(actor, AppendixFile.path(), Optional.empty(), Progress.NONE));

        assertEquals("workflow.refused.role", run.key());
        assertEquals(run.key(), preview.key());
        String sentence = Messages.forLocale(Messages.DANISH).get(run.key(), run.args());
        assertTrue(sentence.endsWith("giver ikke lov til at importere et gammelt bilag."), sentence);
        assertEquals(before, DatabaseSnapshot.of(dsl));
        assertEquals(0, new AuditRepository(dsl).count());
    }

    @Test
    void aConfirmedPreviewIsCheckedAgainForTheActorWhoConfirms() {
        ImportResult preview = importer.preview(ADMIN, AppendixFile.path(), Optional.empty(), Progress.NONE);
        String before = DatabaseSnapshot.of(dsl);

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> importer.apply(TestActors.reviewer(), preview, false, Progress.NONE));

        assertEquals("workflow.refused.role", e.key());
        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void aLockedYearRefusesAnImportIntoIt() {
        importer.run(ADMIN, AppendixFile.path(), IMPORT, Progress.NONE);
        TestServices.workflow(Store.over(dsl)).lockYear(ADMIN, 2021, "Sendt til udvalget");
        Path changed = AppendixFile.write(dir, "changed.txt", AppendixFile.replaceInLine(14, "\t10/10\t", "\t9/10\t"));
        String before = DatabaseSnapshot.of(dsl);

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> importer.run(ADMIN, changed, new ImportRequest(Optional.empty(), false, true), Progress.NONE));

        assertEquals("workflow.refused.yearLocked", e.key());
        assertEquals(List.of(2021), e.args());
        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void aFailureInTheMiddleRollsBackTheSubmissionsAndTheirAuditRowsTogether() {
        // the writer appends a chunk's audit rows before it reports progress: the failure comes after them
        Progress failing = (done, total) -> {
            if (done > 0 && total == 25) {
                throw new IllegalStateException("disk full");
            }
        };

        assertThrows(IllegalStateException.class, () -> importer.run(ADMIN, AppendixFile.path(), IMPORT, failing));

        assertEquals(0, new AuditRepository(dsl).count());
        assertEquals(0, dsl.fetchCount(dsl.selectFrom("submission")));
    }

    @Test
    void importingTheSameFileAgainWritesNoAuditRows() {
        importer.run(ADMIN, AppendixFile.path(), IMPORT, Progress.NONE);
        int after = new AuditRepository(dsl).count();

        ImportResult again = importer.run(ADMIN, AppendixFile.path(), IMPORT, Progress.NONE);

        assertEquals(Outcome.NOTHING_TO_CHANGE, again.outcome());
        assertEquals(after, new AuditRepository(dsl).count());
    }

    @Test
    void replacingAChangedScoreAuditsThatFieldAlone() {
        importer.run(ADMIN, AppendixFile.path(), IMPORT, Progress.NONE);
        int after = new AuditRepository(dsl).count();
        Path changed = AppendixFile.write(dir, "changed.txt", AppendixFile.replaceInLine(14, "\t10/10\t", "\t9/10\t"));

        importer.run(ADMIN, changed, new ImportRequest(Optional.empty(), false, true), Progress.NONE);

        assertEquals(after + 1, new AuditRepository(dsl).count());
        InitiativeRow sjakket = rows().stream().filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
        AuditEntry last = trail(sjakket).get(trail(sjakket).size() - 1);
        assertEquals(List.of(AuditAction.IMPORT, AuditField.SCORE, "10/10", "9/10"),
                List.of(last.action(), last.field(), last.oldValue(), last.newValue()));
        assertEquals("changed.txt", TestServices.workflow(Store.over(dsl)).sourceFiles(2021, sjakket.initiativeId())
                .get(last.changedAt().toInstant()));
    }
}
