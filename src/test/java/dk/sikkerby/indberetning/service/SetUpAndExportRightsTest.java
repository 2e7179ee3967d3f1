package dk.sikkerby.indberetning.service;

import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static dk.sikkerby.indberetning.persistence.generated.Tables.APP_META;
import static dk.sikkerby.indberetning.persistence.generated.Tables.AUDIT_ENTRY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.CATEGORY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.TRAFFIC_LIGHT_THRESHOLD;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.offline.TemplateService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export, the departments' workbooks and the year's set-up are refused by the services themselves,
 * with the reason, to whoever the rights matrix refuses, and a refusal changes nothing (decision 0508).
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SetUpAndExportRightsTest {

    @Parameter
    DatabaseKind kind;


    private static final Messages MESSAGES = Messages.forLocale(Messages.DANISH);
    private static final List<Table<?>> TABLES = List.of(DEPARTMENT, REPORT_YEAR, CATEGORY, INITIATIVE, YEAR_INITIATIVE,
            TRAFFIC_LIGHT_THRESHOLD, APP_META, AUDIT_ENTRY);

    @TempDir
    Path dir;
    private Database database;
    private DSLContext dsl;
    private YearSetupService setup;

    @BeforeEach
    void open() {
        database = kind.open(dir.resolve("db"));
        dsl = database.dsl();
        SampleYear.create(dsl);
        setup = new YearSetupService(Store.over(dsl));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String snapshot() {
        StringBuilder out = new StringBuilder();
        for (Table<?> table : TABLES) {
            out.append(dsl.selectFrom(table).orderBy(table.fields()).fetch().formatCSV());
        }
        return out.toString();
    }

    private String refusal(UserFacingException e) {
        return MESSAGES.get(e.key(), e.args());
    }

    private int sof() {
        return setup.departments().stream().filter(d -> d.code().equals("SOF")).findFirst().orElseThrow().id();
    }

    @Test
    void aCoordinatorMayNotExportAndNoFileIsWritten() {
        Path file = dir.resolve("bilag.xlsx");
        ExportService exports = TestServices.exports(Store.over(dsl), MESSAGES);

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> exports.export(TestActors.coordinator(sof()), ExportRequest.xlsx(SampleYear.YEAR, file), Progress.NONE));

        assertEquals("Din rolle, Koordinator, giver ikke lov til at eksportere.", refusal(e));
        assertFalse(Files.exists(file));
        TestServices.workflow(Store.over(dsl)).lockYear(TestActors.administrator(), SampleYear.YEAR, "Sendt til udvalget");
        exports.export(TestActors.reviewer(), ExportRequest.xlsx(SampleYear.YEAR, file), Progress.NONE);
        assertTrue(Files.exists(file), "the reviewer exports, also a locked year");
    }

    @Test
    void trafficLightsAreSetByWhoeverExportsAndALockedYearKeepsThem() {
        TrafficLightSettings lights = new TrafficLightSettings(Store.over(dsl));
        String before = snapshot();

        UserFacingException coordinator = assertThrows(UserFacingException.class,
                () -> lights.save(TestActors.coordinator(sof()), SampleYear.YEAR, 20, 80));
        assertEquals("workflow.refused.role", coordinator.key());
        assertEquals(before, snapshot());

        lights.save(TestActors.reviewer(), SampleYear.YEAR, 20, 80);
        TestServices.workflow(Store.over(dsl)).lockYear(TestActors.administrator(), SampleYear.YEAR, "Sendt til udvalget");
        String locked = snapshot();
        lights.save(TestActors.reviewer(), SampleYear.YEAR, 20, 80);
        UserFacingException changed = assertThrows(UserFacingException.class,
                () -> lights.save(TestActors.reviewer(), SampleYear.YEAR, 30, 80));
        assertEquals("workflow.refused.yearLocked", changed.key());
        assertEquals(locked, snapshot());
    }

    @Test
    void aCoordinatorMayNotMakeTheDepartmentsWorkbooksNorAnyoneForALockedYear() {
        TemplateService templates = new TemplateService(database.store(), database.identity(), MESSAGES);
        Path folder = dir.resolve("ud");
        String before = snapshot();

        UserFacingException all = assertThrows(UserFacingException.class,
                () -> templates.writeAll(TestActors.coordinator(sof()), SampleYear.YEAR, folder, Progress.NONE));
        UserFacingException one = assertThrows(UserFacingException.class,
                () -> templates.writeOne(TestActors.coordinator(sof()), SampleYear.YEAR, "SOF", folder.resolve("SOF.xlsx")));

        assertEquals("Din rolle, Koordinator, giver ikke lov til at lave regneark til forvaltningerne.", refusal(all));
        assertEquals(all.key(), one.key());
        assertFalse(Files.exists(folder));
        assertEquals(before, snapshot(), "not even the key that signs the workbooks is made");
        TestServices.workflow(Store.over(dsl)).lockYear(TestActors.administrator(), SampleYear.YEAR, "Sendt til udvalget");
        UserFacingException locked = assertThrows(UserFacingException.class,
                () -> templates.writeAll(TestActors.reviewer(), SampleYear.YEAR, folder, Progress.NONE));
        assertEquals("workflow.refused.yearLocked", locked.key());
        assertFalse(Files.exists(folder));
    }

    /** Every change of the set-up, as a call on the service by {@code actor}. */
    static Stream<Arguments> setUpChanges() {
        Map<String, SetUpChange> changes = Map.of(
                "new year from last year", (s, a, c) -> s.createFromPreviousYear(a, 2022),
                "new year", (s, a, c) -> s.createYear(a, 2022, "Bilag 1 2022", "Note"),
                "year title", (s, a, c) -> s.updateYear(a, new ReportYear(2021, "Ny titel", "Note")),
                "department", (s, a, c) -> s.addDepartment(a, "SUF", "Sundheds- og Omsorgsforvaltningen"),
                "category", (s, a, c) -> s.addCategory(a, 2021, "TERTIÆR FOREBYGGELSE"),
                "category order", (s, a, c) -> s.moveCategory(a, 2021, c.category().id(), -1),
                "initiative", (s, a, c) -> s.addInitiative(a, 2021, "Ny indsats", c.department().id(), c.category().id()),
                "initiative order", (s, a, c) -> s.moveInitiative(a, 2021, c.initiativeId(), -1));
        return changes.entrySet().stream().flatMap(e -> Stream.of(
                Arguments.of(e.getKey(), TestActors.reviewer(), "Din rolle, Sikker By-sekretariatet, giver ikke lov til at sætte året op.", e.getValue()),
                Arguments.of(e.getKey(), TestActors.coordinator(1), "Din rolle, Koordinator, giver ikke lov til at sætte året op.", e.getValue())));
    }

    interface SetUpChange {
        void apply(YearSetupService setup, Actor actor, InitiativeRow secondRow);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("setUpChanges")
    void onlyAnAdministratorChangesTheSetUp(String what, Actor actor, String sentence, SetUpChange change) {
        InitiativeRow second = new SubmissionService(Store.over(dsl)).loadYear(2021).rows().get(2);
        String before = snapshot();

        UserFacingException e = assertThrows(UserFacingException.class, () -> change.apply(setup, actor, second));

        assertEquals(sentence, refusal(e));
        assertEquals(before, snapshot());
        change.apply(setup, TestActors.administrator(), second);
        assertFalse(before.equals(snapshot()), "the administrator may: " + what);
    }

    @Test
    void aLockedYearsSetUpStaysAsItIsEvenForTheAdministrator() {
        Actor admin = TestActors.administrator();
        InitiativeRow second = new SubmissionService(Store.over(dsl)).loadYear(2021).rows().get(2);
        Category category = second.category();
        TestServices.workflow(Store.over(dsl)).lockYear(admin, 2021, "Sendt til udvalget");
        String before = snapshot();
        List<Consumer<Actor>> changes = List.of(
                a -> setup.updateYear(a, new ReportYear(2021, "Ny titel", "Note")),
                a -> setup.addCategory(a, 2021, "TERTIÆR FOREBYGGELSE"),
                a -> setup.moveCategory(a, 2021, category.id(), -1),
                a -> setup.addInitiative(a, 2021, "Ny indsats", second.department().id(), category.id()),
                a -> setup.moveInitiative(a, 2021, second.initiativeId(), -1));

        for (Consumer<Actor> change : changes) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> change.accept(admin));
            assertEquals("workflow.refused.yearLocked", e.key());
        }
        assertEquals(before, snapshot());
    }
}
