package dk.sikkerby.indberetning.service.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on the same submission, each with their own JDBC connection (their own H2 session and
 * transactions) on the same database file, as two windows of the app would be. H2 embedded lets only
 * one process open a file, so the two sessions live in this JVM; what matters, that neither shares
 * the other's connection or transaction, holds.
 */
class ConcurrentEditTest {

    @TempDir
    Path dir;

    @Test
    void theSecondSaveIsToldWhoChangedItAndMayThenKeepItsOwnVersion() throws Exception {
        try (Database database = TestDatabase.open(dir)) {
            SampleYear.create(database.dsl());
            String url = database.file().jdbcUrl();
            try (Connection first = DriverManager.getConnection(url, "sa", "");
                 Connection second = DriverManager.getConnection(url, "sa", "")) {
                SubmissionService karen = new SubmissionService(Store.over(DSL.using(first, SQLDialect.H2)));
                SubmissionService rikke = new SubmissionService(Store.over(DSL.using(second, SQLDialect.H2)));
                Actor coordinator = TestActors.coordinator(row(karen).department().id());
                InitiativeRow openedByKaren = row(karen);
                InitiativeRow openedByRikke = row(rikke);
                assertEquals(openedByKaren.version(), openedByRikke.version());

                rikke.save(TestActors.administrator(), SampleYear.YEAR, openedByRikke.initiativeId(),
                        new SubmissionForm("1", "3", false, RichText.plain("Rikkes tal"), null), 0);
                ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                        () -> karen.save(coordinator, SampleYear.YEAR, openedByKaren.initiativeId(),
                                new SubmissionForm("2", "3", false, RichText.plain("Karens tal"), null), 0));
                assertEquals("Anne Administrator", conflict.changedBy());
                assertEquals(Score.of(1, 3), conflict.stored().score());
                assertEquals("workflow.concurrent", conflict.key());
                assertEquals(Score.of(1, 3), row(rikke).score(), "the first save is not overwritten");

                // Karen chooses "keep mine": saved over the version she has now seen
                karen.save(coordinator, SampleYear.YEAR, openedByKaren.initiativeId(),
                        new SubmissionForm("2", "3", false, RichText.plain("Karens tal"), null),
                        conflict.stored().version());
                assertEquals(Score.of(2, 3), row(rikke).score());
            }
        }
    }

    private static InitiativeRow row(SubmissionService service) {
        return service.loadYear(SampleYear.YEAR).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .findFirst().orElseThrow();
    }
}
