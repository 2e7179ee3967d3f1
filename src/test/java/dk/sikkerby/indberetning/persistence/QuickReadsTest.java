package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.APP_USER;
import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.USER_DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeHistory.YearEntry;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.service.history.InitiativeLinkService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.ThreeYearsOfSjakket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.TooManyRowsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading commands' plain-JDBC reads (decision 1913) give exactly what jOOQ's queries gave: the years, the
 * users with their departments, the departments, and every initiative's history (by id and by name, from every
 * year, across a renaming) against the jOOQ queries the repositories ran before, on a real H2 file; and the file,
 * opened read-only, is read without starting jOOQ's context at all.
 */
class QuickReadsTest {

    @TempDir
    Path dir;

    private DatabaseFile threeYearsWithARenamingAndUsers() {
        DatabaseFile file = DatabaseFile.of(dir.resolve("quick").toString());
        AppHarness.ensureAdministrator(file);
        try (Database db = TestDatabase.open(file)) {
            Actor admin = new SignInService(db.store(), Clock.systemUTC())
                    .signIn(AppHarness.ADMIN_LOGIN, AppHarness.ADMIN_PASSWORD.toCharArray());
            ThreeYearsOfSjakket.create(db);
            YearSetupService setup = new YearSetupService(db.store());
            setup.createYear(TestActors.administrator(), 2024, "Bilag 1: 2024", "Bemærkning");
            Category category = setup.addCategory(TestActors.administrator(), 2024, "SEKUNDÆR FOREBYGGELSE");
            int sof = setup.departments().stream().filter(d -> d.code().equals("SOF")).findFirst().orElseThrow().id();
            setup.addInitiative(TestActors.administrator(), 2024, "Sjakket Gadeplan", sof, category.id());
            new InitiativeLinkService(db.store()).link(TestActors.administrator(), "Sjakket Gadeplan", "Sjakket");
            UserService users = new UserService(db.store());
            int kff = setup.departments().stream().filter(d -> d.code().equals("KFF")).findFirst().orElseThrow().id();
            users.createUser(admin, "karen", "Karen Koordinator", Role.COORDINATOR,
                    Set.of(sof, kff), "karens-kode-1".toCharArray(), "karens-kode-1".toCharArray());
            users.createUser(admin, "ada", "Ada Admin", Role.ADMINISTRATOR, Set.of(),
                    "adas-kode-123".toCharArray(), "adas-kode-123".toCharArray());
            User rikke = users.createUser(admin, "rikke", "Rikke Reviewer", Role.REVIEWER, Set.of(),
                    "rikkes-kode-1".toCharArray(), "rikkes-kode-1".toCharArray());
            users.deactivate(admin, rikke.login());
        }
        return file;
    }

    @Test
    void theListingsAreJooqsRowsAndAReadOnlyOpeningNeverStartsJooq() throws Exception {
        DatabaseFile file = threeYearsWithARenamingAndUsers();
        List<?> years;
        List<User> users;
        List<Department> departments;
        try (Database db = Database.open(file, OpenRequest.existing(Backups.DEFAULT_DAYS).onlyToRead())) {
            QuickReads reads = db.store().reads();
            years = reads.yearSummaries();
            users = reads.users();
            departments = reads.departments();
            assertTrue(reads.history("Sjakket Gadeplan", 0).isPresent());
            var made = Store.class.getDeclaredField("dsl");
            made.setAccessible(true);
            assertEquals(null, made.get(db.store()), "the listings and the history must not make jOOQ's context");
        }
        try (Database db = TestDatabase.open(file)) {
            DSLContext dsl = db.dsl();
            assertEquals(db.store().direct().years().summaries(), years);
            assertEquals(4, years.size());
            List<User> jooqUsers = dsl.selectFrom(APP_USER).orderBy(APP_USER.LOGIN).fetch(r -> new User(r.getId(),
                    r.getLogin(), r.getFullName(), Role.valueOf(r.getUserRole()),
                    new HashSet<>(dsl.select(USER_DEPARTMENT.DEPARTMENT_ID).from(USER_DEPARTMENT)
                            .where(USER_DEPARTMENT.USER_ID.eq(r.getId())).fetch(USER_DEPARTMENT.DEPARTMENT_ID)),
                    r.getActive()));
            assertEquals(jooqUsers, users);
            assertEquals(List.of("ada", "karen", "rikke", AppHarness.ADMIN_LOGIN), users.stream().map(User::login).toList());
            assertEquals(2, users.get(1).departmentIds().size());
            assertFalse(users.get(2).active());
            assertEquals(dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.CODE)
                    .fetch(r -> new Department(r.getId(), r.getCode(), r.getName())), departments);
            assertEquals(jooqUsers, db.store().direct().users().all());
            assertEquals(departments, db.store().direct().departments().all());
        }
    }

    @Test
    void everyInitiativesHistoryIsWhatJooqsQueriesGave() {
        DatabaseFile file = threeYearsWithARenamingAndUsers();
        try (Database db = TestDatabase.open(file)) {
            DSLContext dsl = db.dsl();
            QuickReads reads = db.store().reads();
            int compared = 0;
            for (var initiative : dsl.selectFrom(INITIATIVE).fetch()) {
                for (int from : List.of(0, 2022, 2023, 2030)) {
                    Optional<InitiativeHistory> expected = jooqHistory(dsl, initiative.getId(), from);
                    assertEquals(expected, reads.history(String.valueOf(initiative.getId()), from));
                    assertEquals(expected, reads.history(" " + initiative.getName().toUpperCase(Locale.ROOT) + " ", from));
                    assertEquals(expected, db.store().transactionResult(tx -> tx.history().history(initiative.getId(), from)));
                    compared++;
                }
            }
            assertTrue(compared >= 20, "compared " + compared);
            InitiativeHistory renamed = reads.history("sjakket gadeplan", 0).orElseThrow();
            assertEquals(List.of(2021, 2022, 2023, 2024), renamed.years().stream().map(YearEntry::year).toList());
            assertEquals(Score.of(2, 3), renamed.years().get(0).score());
            assertEquals(3, renamed.years().get(0).criteria().size());
            assertEquals(Optional.empty(), reads.history("ingen sådan indsats", 0));
            assertEquals(Optional.empty(), reads.history("999999", 0));
        }
    }

    @Test
    void twoNamesAlikeButForCaseAreAnErrorAsInJooq() {
        DatabaseFile file = threeYearsWithARenamingAndUsers();
        try (Database db = TestDatabase.open(file)) {
            // the app refuses such a name (setup.error.initiativeExists); the table's constraint alone would not
            int sof = db.store().reads().departments().stream().filter(d -> d.code().equals("SOF")).findFirst()
                    .orElseThrow().id();
            db.dsl().insertInto(INITIATIVE, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID).values("SJAKKET GADEPLAN", sof)
                    .execute();
            assertThrows(TooManyRowsException.class, () -> db.store().reads().history("Sjakket gadeplan", 0));
            assertThrows(TooManyRowsException.class,
                    () -> db.store().transactionResult(tx -> tx.history().findInitiative("Sjakket gadeplan")));
        }
    }

    /** {@code HistoryRepository.findInitiative} and {@code history} as they were in jOOQ before decision 1913. */
    private static Optional<InitiativeHistory> jooqHistory(DSLContext dsl, int initiativeId, int fromYear) {
        var head = dsl.select(INITIATIVE.NAME, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME).from(INITIATIVE)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(INITIATIVE.ID.eq(initiativeId)).fetchOptional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> chain = new InitiativeLinkRepository(dsl).chain(initiativeId);
        Map<Integer, Map<Integer, List<SuccessCriterion>>> criteria = new CriteriaRepository(dsl).forInitiatives(chain);
        List<YearEntry> years = new ArrayList<>(dsl.select(YEAR_INITIATIVE.REPORT_YEAR, REPORT_YEAR.NOTE_LABEL,
                        SUBMISSION.GOALS_MET, SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT, SUBMISSION.DEPARTMENT_NOTE,
                        SUBMISSION.ASSESSMENT, INITIATIVE.ID, INITIATIVE.NAME)
                .from(YEAR_INITIATIVE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(YEAR_INITIATIVE.INITIATIVE_ID))
                .join(REPORT_YEAR).on(REPORT_YEAR.REPORT_YEAR_.eq(YEAR_INITIATIVE.REPORT_YEAR))
                .leftJoin(SUBMISSION).on(SUBMISSION.REPORT_YEAR.eq(YEAR_INITIATIVE.REPORT_YEAR)
                        .and(SUBMISSION.INITIATIVE_ID.eq(YEAR_INITIATIVE.INITIATIVE_ID)))
                .where(YEAR_INITIATIVE.INITIATIVE_ID.in(chain).and(YEAR_INITIATIVE.REPORT_YEAR.ge(fromYear)))
                .orderBy(YEAR_INITIATIVE.REPORT_YEAR, INITIATIVE.ID)
                .fetch(r -> new YearEntry(r.value1(), r.value9(), r.value2(),
                        Score.fromColumns(r.value3(), r.value4(), Boolean.TRUE.equals(r.value5())),
                        criteria.getOrDefault(r.value8(), Map.of()).getOrDefault(r.value1(), List.of()),
                        r.value6() == null ? RichText.EMPTY : RichText.parse(r.value6()),
                        r.value7() == null ? RichText.EMPTY : RichText.parse(r.value7()))));
        var h = head.get();
        return Optional.of(new InitiativeHistory(initiativeId, h.value1(),
                new Department(h.value2(), h.value3(), h.value4()), years));
    }
}
