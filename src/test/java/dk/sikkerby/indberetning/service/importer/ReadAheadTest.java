package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The command line reads the file while the database opens (decision 1911): what it reads ahead and finishes
 * with the stored departments is exactly what reading the file in the import gives, and the import stays all
 * or nothing. On a real H2 file and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReadAheadTest extends ImporterOnDatabaseTest {

    private static final ImportRequest IMPORT = new ImportRequest(Optional.empty(), false, false);
    private static final ImportRequest DRY_RUN = new ImportRequest(Optional.empty(), true, false);
    private static final Actor ADMIN = TestActors.administrator();

    @Parameter
    DatabaseKind kind;

    @Override
    Database openDatabase(Path dir) {
        return kind.open(dir);
    }

    private ImportResult ahead(Path file, ImportRequest request) {
        return importer.run(ADMIN, ReadAhead.start(file, request.year()), request, Progress.NONE);
    }

    private ImportResult here(Path file, ImportRequest request) {
        return importer.run(ADMIN, file, request, Progress.NONE);
    }

    @Test
    void aFileReadAheadIsReadAndImportedAsAFileReadInTheImport() {
        ImportResult direct = here(AppendixFile.path(), DRY_RUN);
        ImportResult early = ahead(AppendixFile.path(), DRY_RUN);
        assertEquals(direct.parsed(), early.parsed(), "the same lines, findings, departments and digest");
        assertEquals(direct.plan(), early.plan());

        ImportResult imported = ahead(AppendixFile.path(), IMPORT);

        assertEquals(Outcome.IMPORTED, imported.outcome(), () -> imported.findings().toString());
        assertEquals(25, new SubmissionService(Store.over(dsl)).loadYear(2021).rows().size());
        assertEquals(Outcome.NOTHING_TO_CHANGE, here(AppendixFile.path(), IMPORT).outcome(),
                "the file read in the import finds what the read ahead wrote");
    }

    @Test
    void theStoredDepartmentsReachAFileReadAhead() {
        Path file = AppendixFile.write(dir, "xyz.txt", AppendixFile.replaceInLine(14, "\tSOF\t", "\tXYZ\t"));
        ImportResult unknown = ahead(file, DRY_RUN);
        assertEquals(here(file, DRY_RUN).parsed(), unknown.parsed());

        new DepartmentRepository(dsl).insert("XYZ", "Xyz-forvaltningen");
        ImportResult known = ahead(file, DRY_RUN);

        assertEquals(here(file, DRY_RUN).parsed(), known.parsed());
        assertNotEquals(unknown.parsed().departments(), known.parsed().departments(),
                "the read ahead resolves the codes with the departments stored when it is finished");
        assertTrue(known.parsed().departments().stream()
                .anyMatch(d -> d.code().equals("XYZ") && d.name().equals("Xyz-forvaltningen")), known.parsed()::toString);
    }

    @Test
    void aMissingFileIsRefusedWithTheSameSentenceAndNothingIsWritten() {
        String before = DatabaseSnapshot.of(dsl);
        Path missing = dir.resolve("missing.txt");

        ImportResult result = ahead(missing, IMPORT);

        assertEquals(Outcome.REFUSED_ERRORS, result.outcome());
        assertEquals(here(missing, IMPORT).findings(), result.findings());
        assertTrue(result.findings().stream().anyMatch(f -> f.key().equals("import.file.notFound")));
        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void anErrorOnTheLastLineRefusesTheWholeFile() {
        String before = DatabaseSnapshot.of(dsl);
        int last = AppendixFile.lines().size();
        Path broken = AppendixFile.write(dir, "broken.txt", AppendixFile.insertLine(last, "Ny indsats\tSOF\t11/10\tx\ty"));

        ImportResult result = ahead(broken, IMPORT);

        assertEquals(Outcome.REFUSED_ERRORS, result.outcome());
        assertEquals(here(broken, IMPORT).findings(), result.findings());
        assertEquals(before, DatabaseSnapshot.of(dsl));
    }

    @Test
    void aReadAheadIsFinishedOnceAndThenLetsGoOfTheFile() {
        ReadAhead ahead = ReadAhead.start(AppendixFile.path(), Optional.empty());

        assertEquals(Outcome.DRY_RUN, importer.run(ADMIN, ahead, DRY_RUN, Progress.NONE).outcome());
        assertThrows(IllegalStateException.class, () -> importer.run(ADMIN, ahead, DRY_RUN, Progress.NONE));
    }

    @Test
    void aFailureWhileWritingLeavesNothingOfTheImport() {
        String before = DatabaseSnapshot.of(dsl);
        Progress failing = (done, total) -> {
            throw new IllegalStateException("stopped while writing");
        };

        assertThrows(IllegalStateException.class,
                () -> importer.run(ADMIN, ReadAhead.start(AppendixFile.path(), Optional.empty()), IMPORT, failing));

        assertEquals(before, DatabaseSnapshot.of(dsl));
        assertEquals(0, dsl.fetchCount(dsl.selectFrom("submission")));
    }
}
