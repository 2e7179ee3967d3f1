package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.service.importcore.FieldChange;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_FINDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.persistence.generated.Tables;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Imports into a real H2 file: all or nothing, idempotent re-import, --replace, and edits made in the app. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ImportServiceTest extends ImporterOnDatabaseTest {

    @Parameter
    DatabaseKind kind;

    private static final ImportRequest IMPORT = new ImportRequest(Optional.empty(), false, false);
    private static final ImportRequest REPLACE = new ImportRequest(Optional.empty(), false, true);

    @Override
    Database openDatabase(Path dir) {
        return kind.open(dir);
    }

    private ImportResult run(Path file, ImportRequest request) {
        return importer.run(TestActors.administrator(), file, request, Progress.NONE);
    }

    private InitiativeRow row(String name) {
        return new SubmissionService(Store.over(dsl)).loadYear(2021).rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void readyingTheImportAheadOfItsFirstUseWritesNothingAndTheImportAfterItIsWhole() {
        String empty = DatabaseSnapshot.of(dsl);
        importer.prepare();
        assertEquals(empty, DatabaseSnapshot.of(dsl), "readying the import writes nothing (decision 1907)");

        ImportResult result = importer.run(TestActors.administrator(), BundledExample.YEAR_2021, IMPORT, Progress.NONE);
        assertEquals(Outcome.IMPORTED, result.outcome());
        assertEquals(25, new SubmissionService(Store.over(dsl)).loadYear(2021).rows().size());
        String imported = DatabaseSnapshot.of(dsl);
        importer.prepare();
        assertEquals(imported, DatabaseSnapshot.of(dsl), "nor on a database that has the year");
    }

    @Test
    void importsThe2021AppendixIntoAnEmptyDatabase() {
        ImportResult result = run(AppendixFile.path(), IMPORT);

        assertEquals(Outcome.IMPORTED, result.outcome(), () -> result.findings().toString());
        YearTable table = new SubmissionService(Store.over(dsl)).loadYear(2021);
        assertEquals("Covid-19", table.year().noteLabel());
        assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2021", table.year().title());
        assertEquals(List.of("PRIMÆR FOREBYGGELSE", "SEKUNDÆR FOREBYGGELSE", "TERTIÆR FOREBYGGELSE", "OMRÅDEBASEREDE INDSATSER"),
                table.categories().stream().map(c -> c.name()).toList());
        assertEquals(25, table.rows().size());
        assertEquals(25, table.scoredCount());
        assertEquals(Score.of(10, 10), row("Sjakket").score());
        assertEquals("KFF", row("Idrætssociale Indsatser").department().code());
        assertEquals(List.of("BIF", "BUF", "KFF", "SOF", "TMF", "ØKF"),
                new DepartmentRepository(dsl).all().stream().map(Department::code).sorted().toList());
        assertEquals(result.parsed().initiatives().stream().map(ParsedInitiative::assessment).toList(),
                table.rows().stream().map(InitiativeRow::assessment).toList());
    }

    @Test
    void keepsTheWarningsWithTheImport() {
        run(AppendixFile.path(), IMPORT);

        List<String> kept = dsl.select(IMPORT_FINDING.SEVERITY, IMPORT_FINDING.LINE_NO, IMPORT_FINDING.MESSAGE_KEY)
                .from(IMPORT_FINDING).where(IMPORT_FINDING.SEVERITY.eq("WARNING"))
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3());
        assertEquals(List.of("WARNING 7 import.department.codeMismatch"), kept);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndSaysSo() {
        run(AppendixFile.path(), IMPORT);
        String before = DatabaseSnapshot.of(dsl);

        ImportResult again = run(AppendixFile.path(), IMPORT);

        assertEquals(Outcome.NOTHING_TO_CHANGE, again.outcome());
        assertEquals(25, again.plan().orElseThrow().count(SubmissionKind.UNCHANGED));
        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void aChangedFileShowsTheDifferenceAndNeedsReplace() {
        run(AppendixFile.path(), IMPORT);
        Path changed = AppendixFile.write(dir, "changed.txt", AppendixFile.replaceInLine(14, "\t10/10\t", "\t9/10\t"));
        String before = DatabaseSnapshot.of(dsl);

        ImportResult refused = run(changed, IMPORT);

        assertEquals(Outcome.REFUSED_NEEDS_REPLACE, refused.outcome());
        InitiativePlan sjakket = refused.plan().orElseThrow().initiatives().stream()
                .filter(i -> i.parsed().name().equals("Sjakket")).findFirst().orElseThrow();
        assertEquals(SubmissionKind.CHANGED, sjakket.kind());
        assertEquals(List.of(new FieldChange.OfScore(Score.of(10, 10), Score.of(9, 10))), sjakket.changes());
        assertEquals(before, DatabaseSnapshot.of(dsl));

        ImportResult replaced = run(changed, REPLACE);

        assertEquals(Outcome.IMPORTED, replaced.outcome());
        assertEquals(Score.of(9, 10), row("Sjakket").score());
        assertEquals(2, row("Sjakket").version());
        assertEquals(Outcome.NOTHING_TO_CHANGE, run(changed, IMPORT).outcome());
    }

    @Test
    void neverOverwritesASubmissionEditedInTheAppAfterTheImport() {
        run(AppendixFile.path(), IMPORT);
        InitiativeRow sjakket = row("Sjakket");
        RichText edited = RichText.plain("Rettet i programmet.");
        new SubmissionService(Store.over(dsl)).save(TestActors.administrator(), 2021, sjakket.initiativeId(),
                SubmissionForm.of(Score.of(8, 10), sjakket.departmentNote(), edited), sjakket.version());
        Path changed = AppendixFile.write(dir, "changed.txt", AppendixFile.replaceInLine(14, "\t10/10\t", "\t9/10\t"));

        ImportResult result = run(changed, REPLACE);

        assertEquals(Outcome.NOTHING_TO_CHANGE, result.outcome());
        assertEquals(1, result.plan().orElseThrow().count(SubmissionKind.EDITED_IN_APP));
        assertTrue(result.findings().stream().anyMatch(f -> f.key().equals("import.plan.editedInApp") && f.line() == 14));
        assertEquals(Score.of(8, 10), row("Sjakket").score());
        assertEquals(edited, row("Sjakket").assessment());
    }

    @Test
    void keepsSubmissionsEnteredInTheAppBeforeAnyImportAndAddsTheRest() {
        run(AppendixFile.path(), IMPORT);
        InitiativeRow nexus = row("Nexus");
        new SubmissionService(Store.over(dsl)).save(TestActors.administrator(), 2021, nexus.initiativeId(),
                SubmissionForm.of(Score.of(3, 3), nexus.departmentNote(), nexus.assessment()), nexus.version());
        dsl.deleteFrom(dk.sikkerby.indberetning.persistence.generated.Tables.IMPORT_RUN).execute();

        ImportResult result = run(AppendixFile.path(), REPLACE);

        assertEquals(1, result.plan().orElseThrow().count(SubmissionKind.EDITED_IN_APP));
        assertTrue(result.findings().stream().anyMatch(f -> f.key().equals("import.plan.enteredInApp")));
        assertEquals(Score.of(3, 3), row("Nexus").score());
    }

    @Test
    void aDryRunWritesNothing() {
        String before = DatabaseSnapshot.of(dsl);

        ImportResult result = run(AppendixFile.path(), new ImportRequest(Optional.empty(), true, false));

        assertEquals(Outcome.DRY_RUN, result.outcome());
        assertEquals(25, result.plan().orElseThrow().count(SubmissionKind.NEW));
        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void appliesAConfirmedPreview() {
        ImportResult preview = importer.preview(TestActors.administrator(), AppendixFile.path(), Optional.of(2021), Progress.NONE);
        assertTrue(preview.canApply(false));

        ImportResult result = importer.apply(TestActors.administrator(), preview, false, Progress.NONE);

        assertEquals(Outcome.IMPORTED, result.outcome());
        assertEquals(25, new SubmissionService(Store.over(dsl)).loadYear(2021).rows().size());
    }

    @Test
    void refusesAPreviewTheDatabaseHasMovedAwayFrom() {
        run(AppendixFile.path(), IMPORT);
        Path changed = AppendixFile.write(dir, "changed.txt", AppendixFile.replaceInLine(14, "\t10/10\t", "\t9/10\t"));
        ImportResult preview = importer.preview(TestActors.administrator(), changed, Optional.empty(), Progress.NONE);
        InitiativeRow sjakket = row("Sjakket");
        new SubmissionService(Store.over(dsl)).save(TestActors.administrator(), 2021, sjakket.initiativeId(),
                SubmissionForm.of(Score.of(7, 10), sjakket.departmentNote(), sjakket.assessment()), sjakket.version());
        String before = DatabaseSnapshot.of(dsl);

        UserFacingException e = assertThrows(UserFacingException.class, () -> importer.apply(TestActors.administrator(), preview, true, Progress.NONE));

        assertEquals("import.error.changedSincePreview", e.key());
        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void aFailureWhileWritingLeavesTheDatabaseAsItWas() {
        String before = DatabaseSnapshot.of(dsl);
        Progress failing = (done, total) -> {
            if (done > 0 && total == 25) {
                throw new IllegalStateException("disk full");
            }
        };

        assertThrows(RuntimeException.class, () -> importer.run(TestActors.administrator(), AppendixFile.path(), IMPORT, failing));

        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void readsWindows1252WithCrlfAsTheSameContent() {
        run(AppendixFile.path(), IMPORT);
        byte[] windows = AppendixFile.text().replace("\n", "\r\n").getBytes(TextDecoder.WINDOWS_1252);
        Path file = AppendixFile.write(dir, "bilag-1252.txt", windows);

        ImportResult result = run(file, IMPORT);

        assertEquals(Outcome.NOTHING_TO_CHANGE, result.outcome(), () -> result.findings().toString());
        assertEquals(Optional.of(TextEncoding.WINDOWS_1252), result.parsed().encoding());
        assertEquals(LineEnding.CRLF, result.parsed().lineEnding());
        assertTrue(result.findings().stream().anyMatch(f -> f.key().equals("import.encoding.windows1252")));
    }

    @Test
    void readsUtf8WithAByteOrderMarkAsTheSameContent() {
        run(AppendixFile.path(), IMPORT);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = AppendixFile.bytes();
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);

        ImportResult result = run(AppendixFile.write(dir, "bom.txt", withBom), IMPORT);

        assertEquals(Outcome.NOTHING_TO_CHANGE, result.outcome());
        assertEquals(Optional.of(TextEncoding.UTF_8_BOM), result.parsed().encoding());
    }

    @Test
    void importsAnOlderLayoutFoundByItsHeaders() {
        String older = String.join("\n",
                "Bilag 1: Indsatsernes målopfyldelse for 2019",
                "Indfrielse af succeskriterier\tIndsatsens navn\tForvaltning",
                "Primær forebyggelse\t\t",
                "3/4\tSjakket\tSOF",
                "Ikke relevant\tTV-overvågning\tØKF");
        ImportResult result = run(AppendixFile.write(dir, "bilag-2019.txt", older), IMPORT);

        assertEquals(Outcome.IMPORTED, result.outcome(), () -> result.findings().toString());
        YearTable table = new SubmissionService(Store.over(dsl)).loadYear(2019);
        assertEquals("PRIMÆR FOREBYGGELSE", table.categories().get(0).name());
        assertEquals(KnownVocabulary.builtIn().defaultNoteLabel(), table.year().noteLabel());
        assertEquals(List.of("Sjakket 3/4", "TV-overvågning not relevant"),
                table.rows().stream().map(r -> r.name() + " " + r.score()).toList());
    }

    @Test
    void aSecondYearReusesTheInitiativesAndDepartments() {
        run(AppendixFile.path(), IMPORT);
        String next = AppendixFile.text().replace("for 2021", "for 2022");

        ImportResult result = run(AppendixFile.write(dir, "bilag-2022.txt", next), IMPORT);

        assertEquals(Outcome.IMPORTED, result.outcome());
        assertEquals(0, result.plan().orElseThrow().newInitiatives());
        assertTrue(result.plan().orElseThrow().newDepartments().isEmpty());
        assertEquals(25, new SubmissionService(Store.over(dsl)).loadYear(2022).rows().size());
        assertFalse(new SubmissionService(Store.over(dsl)).loadYear(2021).rows().isEmpty());
    }

    /**
     * An import larger than one batch (ImportWriter.CHUNK rows): each initiative gets its own texts and score,
     * whatever batch it falls in (the texts' storage form is made apart from the rows, issue 19), and a
     * re-import that changes some of them replaces exactly those, logging one entry per submission.
     */
    @Test
    void aFileOfManyBatchesKeepsEachInitiativesOwnTextsAndReplacesOnlyWhatChanged() {
        int count = ImportWriter.CHUNK * 2 + 3;
        ImportResult first = run(AppendixFile.write(dir, "many.txt", manyInitiatives(count, i -> false)), IMPORT);
        assertEquals(Outcome.IMPORTED, first.outcome(), () -> first.findings().toString());
        List<InitiativeRow> rows = new SubmissionService(Store.over(dsl)).loadYear(2021).rows();
        assertEquals(count, rows.size());
        for (InitiativeRow r : rows) {
            int i = Integer.parseInt(r.name().substring("Indsats nr. ".length()));
            Submission s = r.submission().orElseThrow();
            assertEquals("Note " + i + " om indsatsen", s.departmentNote().plainText(), r.name());
            assertEquals("Vurdering " + i, s.assessment().plainText(), r.name());
            assertEquals(i % 4 + "/4", s.score().fraction(), r.name());
        }

        ImportResult again = run(AppendixFile.write(dir, "many-changed.txt", manyInitiatives(count, i -> i % 7 == 0)),
                REPLACE);
        assertEquals(Outcome.IMPORTED, again.outcome(), () -> again.findings().toString());
        for (InitiativeRow r : new SubmissionService(Store.over(dsl)).loadYear(2021).rows()) {
            int i = Integer.parseInt(r.name().substring("Indsats nr. ".length()));
            Submission s = r.submission().orElseThrow();
            assertEquals(i % 7 == 0 ? "Ændret note " + i : "Note " + i + " om indsatsen", s.departmentNote().plainText());
            assertEquals(i % 7 == 0 ? 2 : 1, s.version(), r.name());
        }
        assertEquals(count, dsl.fetchCount(Tables.IMPORTED_SUBMISSION));
    }

    private static String manyInitiatives(int count, java.util.function.IntPredicate changed) {
        StringBuilder text = new StringBuilder("Bilag 1: Indsatsernes målopfyldelse for 2021\n")
                .append("Indsats\tForvaltning\tMålopfyldelse\tBemærkning\tSikker By bemærkning\n")
                .append("PRIMÆR FOREBYGGELSE\t\t\t\t\n");
        for (int i = 1; i <= count; i++) {
            text.append("Indsats nr. ").append(i).append("\tSOF\t").append(i % 4).append("/4\t")
                    .append(changed.test(i) ? "Ændret note " + i : "<p>Note " + i + " om indsatsen</p>")
                    .append("\tVurdering ").append(i).append('\n');
        }
        return text.toString();
    }
}
