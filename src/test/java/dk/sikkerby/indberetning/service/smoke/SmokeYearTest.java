package dk.sikkerby.indberetning.service.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeYearTest {

    private final Messages messages = Messages.forLocale(Messages.DANISH);

    @Test
    void aFreshDatabaseGetsAOneInitiativeYearOfThisYearNamedFromTheBundle(@TempDir Path dir) {
        try (Database db = TestDatabase.open(dir)) {
            SubmissionService submissions = new SubmissionService(db.store());

            int year = SmokeYear.ensure(TestActors.administrator(), submissions, new YearSetupService(db.store()), messages);

            assertEquals(Year.now().getValue(), year);
            YearTable table = submissions.loadYear(year);
            assertEquals("Installationstest " + year, table.year().title());
            assertEquals(1, table.rows().size());
            InitiativeRow row = table.rows().get(0);
            assertEquals("Installationstest af programmet", row.name());
            assertEquals("IT", row.department().code());
            assertEquals("Installationstest", row.category().name());
        }
    }

    @Test
    void aDatabaseWithYearsKeepsThemAndTheNewestIsLoaded(@TempDir Path dir) {
        try (Database db = TestDatabase.open(dir)) {
            SampleYear.create(db.dsl());
            YearSetupService setup = new YearSetupService(db.store());
            setup.createFromPreviousYear(TestActors.administrator(), SampleYear.YEAR + 1);
            SubmissionService submissions = new SubmissionService(db.store());

            int year = SmokeYear.ensure(TestActors.administrator(), submissions, setup, messages);

            assertEquals(SampleYear.YEAR + 1, year);
            assertEquals(2, submissions.years().size());
            assertEquals(3, setup.departments().size());
        }
    }

    @Test
    void anExistingDepartmentWithTheTestCodeIsReused(@TempDir Path dir) {
        try (Database db = TestDatabase.open(dir)) {
            YearSetupService setup = new YearSetupService(db.store());
            setup.addDepartment(TestActors.administrator(), "IT", "Koncernservice IT");

            int year = SmokeYear.ensure(TestActors.administrator(), new SubmissionService(db.store()), setup, messages);

            assertEquals(1, setup.departments().size());
            assertEquals("Koncernservice IT",
                    new SubmissionService(db.store()).loadYear(year).rows().get(0).department().name());
        }
    }
}
