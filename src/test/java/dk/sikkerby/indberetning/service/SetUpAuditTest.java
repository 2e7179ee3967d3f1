package dk.sikkerby.indberetning.service;

import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes to a year's set-up are in the audit trail (action "edit", decision 0508): the year's own
 * rows for title, note label, categories, deadline and traffic lights; the initiative's rows for its
 * place in the table and its department.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SetUpAuditTest {

    @Parameter
    DatabaseKind kind;


    private static final Actor ADMIN = TestActors.administrator();

    @TempDir
    Path dir;
    private Database database;
    private DSLContext dsl;
    private YearSetupService setup;
    private WorkflowService workflow;

    @BeforeEach
    void open() {
        database = kind.open(dir);
        dsl = database.dsl();
        SampleYear.create(dsl);
        setup = new YearSetupService(Store.over(dsl));
        workflow = TestServices.workflow(Store.over(dsl));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static List<String> lines(List<AuditEntry> entries) {
        return entries.stream().map(e -> e.action() + " " + e.field() + " [" + e.oldValue() + "] -> [" + e.newValue()
                + "] by " + e.actorLogin()).toList();
    }

    private InitiativeRow row(int year, String name) {
        return new SubmissionService(Store.over(dsl)).loadYear(year).rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void settingUpAYearIsInItsTrail() {
        assertEquals(List.of(
                "EDIT YEAR_TITLE [null] -> [Bilag 1: Indsatsernes målopfyldelse for 2021] by admin",
                "EDIT NOTE_LABEL [null] -> [Covid-19] by admin",
                "EDIT CATEGORY [null] -> [PRIMÆR FOREBYGGELSE (1)] by admin",
                "EDIT CATEGORY [null] -> [SEKUNDÆR FOREBYGGELSE (2)] by admin"), lines(workflow.yearHistory(2021)));
        assertEquals(List.of(
                "EDIT PLACEMENT [null] -> [SEKUNDÆR FOREBYGGELSE, 2] by admin",
                "EDIT DEPARTMENT [null] -> [SOF] by admin"),
                lines(workflow.history(2021, row(2021, "Københavnerteamet").initiativeId())));
    }

    @Test
    void changesToTheSetUpWriteOneRowPerChangedThing() {
        dsl.execute("DELETE FROM audit_entry");
        InitiativeRow kbh = row(2021, "Københavnerteamet");
        InitiativeRow sjakket = row(2021, "Sjakket");

        setup.updateYear(ADMIN, new ReportYear(2021, "Bilag 1 (rettet)", "Covid-19"));
        setup.moveInitiative(ADMIN, 2021, kbh.initiativeId(), -1);
        setup.moveCategory(ADMIN, 2021, kbh.category().id(), -1);
        workflow.setDeadline(ADMIN, 2021, LocalDate.of(2022, 3, 1));
        workflow.setCoordinatorsSeeAll(ADMIN, 2021, false);
        new TrafficLightSettings(Store.over(dsl)).save(TestActors.reviewer(), 2021, 20, 90);

        assertEquals(List.of(
                "EDIT YEAR_TITLE [Bilag 1: Indsatsernes målopfyldelse for 2021] -> [Bilag 1 (rettet)] by admin",
                "EDIT CATEGORY [SEKUNDÆR FOREBYGGELSE (2)] -> [SEKUNDÆR FOREBYGGELSE (1)] by admin",
                "EDIT CATEGORY [PRIMÆR FOREBYGGELSE (1)] -> [PRIMÆR FOREBYGGELSE (2)] by admin",
                "EDIT DEADLINE [] -> [2022-03-01] by admin",
                "EDIT COORDINATORS_SEE_ALL [true] -> [false] by admin",
                "EDIT TRAFFIC_LIGHTS [0/100] -> [20/90] by reviewer"), lines(workflow.yearHistory(2021)));
        assertEquals(List.of("EDIT PLACEMENT [SEKUNDÆR FOREBYGGELSE, 2] -> [SEKUNDÆR FOREBYGGELSE, 1] by admin"),
                lines(workflow.history(2021, kbh.initiativeId())));
        assertEquals(List.of("EDIT PLACEMENT [SEKUNDÆR FOREBYGGELSE, 1] -> [SEKUNDÆR FOREBYGGELSE, 2] by admin"),
                lines(workflow.history(2021, sjakket.initiativeId())));
    }

    @Test
    void aNewYearFromLastYearRecordsWhatItCopied() {
        setup.createFromPreviousYear(ADMIN, 2022);

        assertEquals(List.of(
                "EDIT YEAR_TITLE [null] -> [Bilag 1: Indsatsernes målopfyldelse for 2022] by admin",
                "EDIT NOTE_LABEL [null] -> [Covid-19] by admin",
                "EDIT CATEGORY [null] -> [PRIMÆR FOREBYGGELSE (1)] by admin",
                "EDIT CATEGORY [null] -> [SEKUNDÆR FOREBYGGELSE (2)] by admin"), lines(workflow.yearHistory(2022)));
        assertEquals(List.of(
                "EDIT PLACEMENT [null] -> [PRIMÆR FOREBYGGELSE, 1] by admin",
                "EDIT DEPARTMENT [null] -> [KFF] by admin"),
                lines(workflow.history(2022, row(2022, "Idrætssociale Indsatser").initiativeId())));
    }
}
