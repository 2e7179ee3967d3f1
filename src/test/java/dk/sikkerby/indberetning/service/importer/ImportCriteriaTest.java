package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.CriteriaRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0700 on the appendix import: where an initiative's success criteria are listed, an appendix
 * row whose typed score they do not give refuses the file with one finding at its line, and nothing is
 * written; the score they do give is read in as before.
 */
class ImportCriteriaTest {

    private static final ImportRequest REPLACE = new ImportRequest(Optional.empty(), false, true);
    /** "Sjakket" is line 14 of the 2021 appendix, scored 10/10. */
    private static final int SJAKKET_LINE = 14;

    @TempDir
    Path dir;
    private Database database;
    private DSLContext dsl;
    private ImportService importer;

    @BeforeEach
    void importThe2021AppendixAndListSjakketsCriteria() {
        database = TestDatabase.open(dir.resolve("db"));
        dsl = database.dsl();
        importer = new ImportService(Store.over(dsl));
        assertEquals(Outcome.IMPORTED, run(AppendixFile.path()).outcome());
        // listed without a save of the submission, as carrying criteria over does: the import may still change the row
        new CriteriaRepository(dsl).replace(2021, row().initiativeId(), List.of(
                SuccessCriterion.of("Færre anmeldelser").withOutcome(CriterionOutcome.MET, ""),
                SuccessCriterion.of("Flere i job").withOutcome(CriterionOutcome.MET, ""),
                SuccessCriterion.of("Ny baseline").withOutcome(CriterionOutcome.DROPPED, "Ingen data i år"),
                SuccessCriterion.of("Færre gentagelser").withOutcome(CriterionOutcome.NOT_MET, "")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportResult run(Path file) {
        return importer.run(TestActors.administrator(), file, REPLACE, Progress.NONE);
    }

    private InitiativeRow row() {
        return new SubmissionService(Store.over(dsl)).loadYear(2021).rows().stream()
                .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
    }

    private Path withSjakketScored(String score) {
        return AppendixFile.write(dir, score.replace('/', '-') + ".txt",
                AppendixFile.replaceInLine(SJAKKET_LINE, "\t10/10\t", "\t" + score + "\t"));
    }

    @Test
    void aTypedScoreTheCriteriaDoNotGiveRefusesTheFileAndWritesNothing() {
        String before = DatabaseSnapshot.of(dsl);

        ImportResult result = run(withSjakketScored("9/10"));

        assertEquals(Outcome.REFUSED_ERRORS, result.outcome());
        List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("importcore.criteria.scoreNotDerived", errors.get(0).key());
        assertEquals(SJAKKET_LINE, errors.get(0).line());
        assertEquals("Sjakket: the score 9/10 does not match the success criteria listed for the initiative, which give 2/3,"
                + " so the file is not read in.", new ImportTexts(Messages.forLocale(Locale.ENGLISH)).message(errors.get(0)));
        assertFalse(result.canApply(true));
        assertEquals(before, DatabaseSnapshot.of(dsl));
        assertEquals(Score.of(10, 10), row().score());
    }

    @Test
    void notRelevantWhereCriteriaWereAssessedIsRefusedToo() {
        ImportResult result = run(withSjakketScored("Ikke relevant"));

        assertEquals(Outcome.REFUSED_ERRORS, result.outcome(), () -> result.findings().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.key().equals("importcore.criteria.notRelevantNotDerived")
                && f.line() == SJAKKET_LINE), () -> result.findings().toString());
    }

    @Test
    void theScoreTheCriteriaGiveIsReadIn() {
        ImportResult result = run(withSjakketScored("2/3"));

        assertEquals(Outcome.IMPORTED, result.outcome(), () -> result.findings().toString());
        assertEquals(Score.of(2, 3), row().score());
    }
}
