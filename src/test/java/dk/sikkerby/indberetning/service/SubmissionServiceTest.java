package dk.sikkerby.indberetning.service;

import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.SampleYearServiceTest;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SubmissionServiceTest extends SampleYearServiceTest {

    @Parameter
    DatabaseKind kind;

    @Override
    protected Database openDatabase(Path dir) {
        return kind.open(dir);
    }

    @Test
    void anInvalidFormIsRefusedWithEveryBrokenRuleAndNothingIsStored() {
        InitiativeRow sjakket = row("Sjakket");
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> service.save(TestActors.administrator(), SampleYear.YEAR,
                sjakket.initiativeId(), new SubmissionForm("11", "10", false, RichText.plain("ok"), RichText.EMPTY), 0));
        assertEquals("validation.met.exceedsTotal", e.key());
        assertEquals(1, e.violations().size());
        assertTrue(row("Sjakket").submission().isEmpty());
    }

    @Test
    void aSecondEditorFromTheSameVersionIsToldAndDoesNotOverwrite() {
        InitiativeRow opened = row("Sjakket");
        service.save(TestActors.administrator(), SampleYear.YEAR, opened.initiativeId(), new SubmissionForm("1", "2", false, null, null), opened.version());
        ConcurrentEditException e = assertThrows(ConcurrentEditException.class, () -> service.save(TestActors.administrator(), SampleYear.YEAR,
                opened.initiativeId(), new SubmissionForm("2", "2", false, null, null), opened.version()));
        assertEquals(Score.of(1, 2), e.stored().score());
        assertEquals(Score.of(1, 2), row("Sjakket").score());
    }

    @Test
    void yearsCountInitiativesWithAndWithoutAScore() {
        service.save(TestActors.administrator(), SampleYear.YEAR, row("Sjakket").initiativeId(), new SubmissionForm("1", "2", false, null, null), 0);
        service.save(TestActors.administrator(), SampleYear.YEAR, row("Københavnerteamet").initiativeId(), new SubmissionForm("", "", true, null, null), 0);
        service.save(TestActors.administrator(), SampleYear.YEAR, row("Green Teams Fritidsjob").initiativeId(),
                new SubmissionForm("", "", false, RichText.plain("note only"), null), 0);
        YearSummary summary = service.years().get(0);
        assertEquals(4, summary.initiatives());
        assertEquals(2, summary.scored());
        assertEquals(2, summary.missing());
    }

    @Test
    void newYearFromLastYearCopiesTheSetUpButNotTheScores() {
        YearSetupService setup = new YearSetupService(database.store());
        service.save(TestActors.administrator(), SampleYear.YEAR, row("Sjakket").initiativeId(),
                new SubmissionForm("1", "2", false, RichText.plain("2021 note"), null), 0);
        new dk.sikkerby.indberetning.persistence.TrafficLightRepository(database.dsl())
                .save(2021, new dk.sikkerby.indberetning.domain.TrafficLightThresholds(20, 80));
        setup.createFromPreviousYear(TestActors.administrator(), 2022);
        assertEquals(java.util.Optional.of(new dk.sikkerby.indberetning.domain.TrafficLightThresholds(20, 80)),
                new dk.sikkerby.indberetning.persistence.TrafficLightRepository(database.dsl()).find(2022));
        YearTable old = service.loadYear(2021);
        YearTable copy = service.loadYear(2022);
        assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2022", copy.year().title());
        assertEquals("Covid-19", copy.year().noteLabel());
        assertEquals(old.categories().stream().map(c -> c.name()).toList(), copy.categories().stream().map(c -> c.name()).toList());
        assertEquals(old.rows().stream().map(r -> r.name() + "/" + r.department().code() + "/" + r.category().name()).toList(),
                copy.rows().stream().map(r -> r.name() + "/" + r.department().code() + "/" + r.category().name()).toList());
        assertTrue(copy.rows().stream().allMatch(r -> r.submission().isEmpty()));
        assertEquals(List.of(2022, 2021), service.years().stream().map(y -> y.year().year()).toList());
        UserFacingException again = assertThrows(UserFacingException.class, () -> setup.createFromPreviousYear(TestActors.administrator(), 2022));
        assertEquals("setup.error.yearExists", again.key());
    }

    @Test
    void setUpRefusesWhatWouldMakeTheTableWrong() {
        YearSetupService setup = new YearSetupService(database.store());
        assertEquals("setup.error.departmentCode", assertThrows(UserFacingException.class,
                () -> setup.addDepartment(TestActors.administrator(), "kff", "Kultur")).key());
        assertEquals("setup.error.departmentExists", assertThrows(UserFacingException.class,
                () -> setup.addDepartment(TestActors.administrator(), "SOF", "Socialforvaltningen igen")).key());
        assertEquals("setup.error.required", assertThrows(UserFacingException.class,
                () -> setup.addDepartment(TestActors.administrator(), "SUF", "  ")).key());
        assertEquals("setup.error.yearRange", assertThrows(UserFacingException.class,
                () -> setup.createYear(TestActors.administrator(), 1999, "t", "l")).key());
        assertEquals("setup.error.categoryExists", assertThrows(UserFacingException.class,
                () -> setup.addCategory(TestActors.administrator(), SampleYear.YEAR, "primær forebyggelse")).key());
        assertEquals("setup.error.noPreviousYear", assertThrows(UserFacingException.class,
                () -> setup.createFromPreviousYear(TestActors.administrator(), 2020)).key());
        assertEquals(3, setup.departments().size());
    }

    @Test
    void initiativesMoveWithinTheirCategory() {
        YearSetupService setup = new YearSetupService(database.store());
        setup.moveInitiative(TestActors.administrator(), SampleYear.YEAR, row("Green Teams Fritidsjob").initiativeId(), -1);
        setup.moveInitiative(TestActors.administrator(), SampleYear.YEAR, row("Idrætssociale Indsatser").initiativeId(), 1);
        assertEquals(List.of("Idrætssociale Indsatser", "Sjakket", "Green Teams Fritidsjob", "Københavnerteamet"),
                service.loadYear(SampleYear.YEAR).rows().stream().map(InitiativeRow::name).toList());
    }

    @Test
    void categoriesMoveInTheYearsOrder() {
        YearSetupService setup = new YearSetupService(database.store());
        var secondary = setup.categories(SampleYear.YEAR).get(1);
        setup.moveCategory(TestActors.administrator(), SampleYear.YEAR, secondary.id(), -1);
        assertEquals(List.of("SEKUNDÆR FOREBYGGELSE", "PRIMÆR FOREBYGGELSE"),
                setup.categories(SampleYear.YEAR).stream().map(c -> c.name()).toList());
        assertEquals("Sjakket", service.loadYear(SampleYear.YEAR).rows().get(0).name());
    }
}
