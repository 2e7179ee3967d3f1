package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On a real H2 file: criteria keep their order, and the schema refuses a row that breaks the rules. */
class CriteriaRepositoryTest {

    @TempDir
    Path dir;
    private Database database;
    private DSLContext dsl;
    private int sjakket;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        dsl = database.dsl();
        SampleYear.create(dsl);
        sjakket = new SubmissionRepository(dsl).rows(SampleYear.YEAR).stream()
                .filter(r -> r.name().equals("Sjakket")).mapToInt(InitiativeRow::initiativeId).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aListIsStoredInOrderAndReplacedAsAWhole() {
        CriteriaRepository repository = new CriteriaRepository(dsl);
        List<SuccessCriterion> list = List.of(
                new SuccessCriterion(" Færre anmeldelser ", CriterionOutcome.MET, "ignored", CriterionMarker.NEW, "x"),
                new SuccessCriterion("Flere i job", CriterionOutcome.DROPPED, " Ingen data ", CriterionMarker.RAISED,
                        "Nogle i job"),
                SuccessCriterion.of("Tryghed"));
        repository.replace(SampleYear.YEAR, sjakket, list);
        assertEquals(List.of(
                new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                new SuccessCriterion("Flere i job", CriterionOutcome.DROPPED, "Ingen data", CriterionMarker.RAISED,
                        "Nogle i job"),
                SuccessCriterion.of("Tryghed")), repository.find(SampleYear.YEAR, sjakket));
        assertEquals(3, repository.forYear(SampleYear.YEAR).get(sjakket).size());
        repository.replace(SampleYear.YEAR, sjakket, List.of(SuccessCriterion.of("Kun én")));
        assertEquals(List.of(SuccessCriterion.of("Kun én")), repository.find(SampleYear.YEAR, sjakket));
        assertEquals(List.of(SuccessCriterion.of("Kun én")),
                repository.forInitiatives(List.of(sjakket)).get(sjakket).get(SampleYear.YEAR));
        repository.replace(SampleYear.YEAR, sjakket, List.of());
        assertEquals(List.of(), repository.find(SampleYear.YEAR, sjakket));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "dropped without a reason | 'a' | 'DROPPED' | NULL | 'NEW' | NULL | 1",
        "dropped with a blank reason | 'a' | 'DROPPED' | '  ' | 'NEW' | NULL | 1",
        "a reason without dropped | 'a' | 'MET' | 'why' | 'NEW' | NULL | 1",
        "a reason without an outcome | 'a' | NULL | 'why' | 'NEW' | NULL | 1",
        "an unknown outcome | 'a' | 'HALF' | NULL | 'NEW' | NULL | 1",
        "an unknown marker | 'a' | 'MET' | NULL | 'OLD' | NULL | 1",
        "an empty text | '  ' | 'MET' | NULL | 'NEW' | NULL | 1",
        "a text with spaces around | ' a ' | 'MET' | NULL | 'NEW' | NULL | 1",
        "a new criterion carried from last year | 'a' | 'MET' | NULL | 'NEW' | 'b' | 1",
        "position zero | 'a' | 'MET' | NULL | 'NEW' | NULL | 0",
        "position 51 | 'a' | 'MET' | NULL | 'NEW' | NULL | 51"})
    void theSchemaRefusesARowThatBreaksARule(String name, String text, String outcome, String reason, String marker,
                                              String carriedFrom, int position) {
        String sql = "INSERT INTO success_criterion (report_year, initiative_id, position, criterion_text, outcome, "
                + "drop_reason, marker, carried_from) VALUES (" + SampleYear.YEAR + ", " + sjakket + ", " + position
                + ", " + text + ", " + outcome + ", " + reason + ", " + marker + ", " + carriedFrom + ")";
        assertThrows(DataAccessException.class, () -> dsl.execute(sql), name);
        assertEquals(0, dsl.fetchCount(dsl.selectFrom("success_criterion")));
    }

    @Test
    void theSameRowWithinTheRulesIsAccepted() {
        dsl.execute("INSERT INTO success_criterion (report_year, initiative_id, position, criterion_text, outcome, "
                + "drop_reason, marker, carried_from) VALUES (" + SampleYear.YEAR + ", " + sjakket
                + ", 1, 'a', 'DROPPED', 'why', 'CARRIED_OVER', 'a')");
        assertEquals(1, new CriteriaRepository(dsl).find(SampleYear.YEAR, sjakket).size());
    }

    @Test
    void twoCriteriaWithTheSameTextAreRefused() {
        assertThrows(DataAccessException.class, () -> new CriteriaRepository(dsl).replace(SampleYear.YEAR, sjakket,
                List.of(SuccessCriterion.of("a"), SuccessCriterion.of("a"))));
    }
}
