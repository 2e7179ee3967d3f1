package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a real H2 file and a real PostgreSQL, migrated by Flyway: rows in table order, saves, and the rules
 * the schema enforces.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SubmissionRepositoryTest {

    @Parameter
    DatabaseKind kind;

    @TempDir
    Path dir;
    private Database database;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        database = kind.open(dir);
        dsl = database.dsl();
        SampleYear.create(dsl);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private InitiativeRow row(String name) {
        return new SubmissionRepository(dsl).rows(SampleYear.YEAR).stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rowsComeInCategoryOrderThenInitiativeOrder() {
        List<String> names = new SubmissionRepository(dsl).rows(SampleYear.YEAR).stream().map(InitiativeRow::name).toList();
        assertEquals(List.of("Idrætssociale Indsatser", "Sjakket", "Københavnerteamet", "Green Teams Fritidsjob"), names);
    }

    @Test
    void savesAndReadsBackScoreAndRichText() {
        RichText note = RichText.parse("<p>Covid-19 har <i>haft</i> indflydelse.</p><p>Andet afsnit.</p>");
        int id = row("Sjakket").initiativeId();
        Submission saved = new SubmissionRepository(dsl).save(SampleYear.YEAR, id, Score.of(10, 10), note, RichText.EMPTY, 0);
        assertEquals(1, saved.version());
        InitiativeRow reread = row("Sjakket");
        assertEquals(Score.of(10, 10), reread.score());
        assertEquals(note, reread.departmentNote());
        Submission again = new SubmissionRepository(dsl).save(SampleYear.YEAR, id, Score.notRelevant(), note, note, 1);
        assertEquals(2, again.version());
        assertEquals(Score.notRelevant(), row("Sjakket").score());
    }

    @Test
    void aSaveFromAnOutdatedVersionIsRefusedAndChangesNothing() {
        int id = row("Sjakket").initiativeId();
        SubmissionRepository repository = new SubmissionRepository(dsl);
        repository.save(SampleYear.YEAR, id, Score.of(1, 2), RichText.EMPTY, RichText.EMPTY, 0);
        repository.save(SampleYear.YEAR, id, Score.of(2, 2), RichText.EMPTY, RichText.EMPTY, 1);
        assertThrows(StaleSubmissionException.class,
                () -> repository.save(SampleYear.YEAR, id, Score.of(0, 2), RichText.EMPTY, RichText.EMPTY, 1));
        assertThrows(StaleSubmissionException.class,
                () -> repository.save(SampleYear.YEAR, id, Score.of(0, 2), RichText.EMPTY, RichText.EMPTY, 0));
        assertEquals(Score.of(2, 2), row("Sjakket").score());
    }

    /** The service layer is bypassed: a raw insert must still be refused by the schema. */
    @ParameterizedTest(name = "met={0} total={1} notRelevant={2}")
    @CsvSource(nullValues = "null", value = {
            "11, 10, false", "-1, 2, false", "0, 0, false", "1, null, false", "null, 3, false",
            "1, 2, true", "null, 2, true", "1, 1000, false"})
    void theDatabaseRefusesScoresThatBreakTheRules(Integer met, Integer total, boolean notRelevant) {
        int id = row("Sjakket").initiativeId();
        assertThrows(DataAccessException.class, () -> dsl.insertInto(SUBMISSION)
                .set(SUBMISSION.REPORT_YEAR, SampleYear.YEAR).set(SUBMISSION.INITIATIVE_ID, id)
                .set(SUBMISSION.GOALS_MET, met).set(SUBMISSION.GOALS_TOTAL, total)
                .set(SUBMISSION.NOT_RELEVANT, notRelevant).set(SUBMISSION.UPDATED_AT, OffsetDateTime.now())
                .execute());
        assertEquals(0, dsl.fetchCount(SUBMISSION));
    }

    @Test
    void theDatabaseRefusesASecondSubmissionForTheSameInitiativeAndYear() {
        int id = row("Sjakket").initiativeId();
        new SubmissionRepository(dsl).save(SampleYear.YEAR, id, Score.of(1, 2), RichText.EMPTY, RichText.EMPTY, 0);
        assertThrows(DataAccessException.class, () -> dsl.execute(
                "INSERT INTO submission (report_year, initiative_id, goals_met, goals_total, updated_at) "
                        + "VALUES (?, ?, 1, 1, CURRENT_TIMESTAMP)", SampleYear.YEAR, id));
        assertEquals(1, dsl.fetchCount(SUBMISSION));
    }

    @Test
    void theDatabaseRefusesUnknownDepartmentsInitiativesAndYears() {
        assertThrows(DataAccessException.class, () -> dsl.execute(
                "INSERT INTO initiative (name, department_id) VALUES ('Ghost', 9999)"));
        assertThrows(DataAccessException.class, () -> dsl.execute(
                "INSERT INTO submission (report_year, initiative_id, goals_met, goals_total, updated_at) "
                        + "VALUES (2021, 9999, 1, 1, CURRENT_TIMESTAMP)"));
        assertThrows(DataAccessException.class, () -> dsl.execute(
                "INSERT INTO department (code, name) VALUES ('kff', 'lower-case code')"));
        assertTrue(dsl.fetchCount(SUBMISSION) == 0);
    }
}
