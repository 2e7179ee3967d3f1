package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator decides whether coordinators see other departments' rows; only they may decide. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class VisibilityTest {

    @Parameter
    DatabaseKind kind;


    @TempDir
    Path dir;

    @Test
    void coordinatorsSeeEveryRowUntilTheAdministratorLimitsThemToTheirOwn() {
        try (Database db = kind.open(dir)) {
            SampleYear.create(db.dsl());
            int sof = new YearSetupService(db.store()).departments().stream().filter(d -> d.code().equals("SOF"))
                    .findFirst().orElseThrow().id();
            Actor karen = TestActors.coordinator(sof);
            SubmissionService submissions = new SubmissionService(db.store());
            WorkflowService workflow = TestServices.workflow(db.store());
            assertEquals(4, submissions.loadYear(karen, SampleYear.YEAR).rows().size());

            assertEquals("workflow.refused.role", assertThrows(UserFacingException.class,
                    () -> workflow.setCoordinatorsSeeAll(karen, SampleYear.YEAR, false)).key());
            workflow.setCoordinatorsSeeAll(TestActors.administrator(), SampleYear.YEAR, false);
            assertEquals(java.util.List.of("Sjakket", "Københavnerteamet"),
                    submissions.loadYear(karen, SampleYear.YEAR).rows().stream().map(r -> r.name()).toList());
            assertEquals(4, submissions.loadYear(TestActors.reviewer(), SampleYear.YEAR).rows().size());
            assertEquals(1, workflow.overview(karen, SampleYear.YEAR, LocalDate.of(2022, 1, 1)).departments().size(),
                    "the overview shows her only her own department too");

            assertEquals("workflow.refused.role", assertThrows(UserFacingException.class,
                    () -> workflow.setDeadline(TestActors.reviewer(), SampleYear.YEAR, LocalDate.of(2022, 3, 1))).key());
            workflow.setDeadline(TestActors.administrator(), SampleYear.YEAR, LocalDate.of(2022, 3, 1));
            assertEquals(4, workflow.overview(TestActors.reviewer(), SampleYear.YEAR, LocalDate.of(2022, 3, 2))
                    .totalOverdue(), "nothing was submitted by the deadline");
        }
    }
}
