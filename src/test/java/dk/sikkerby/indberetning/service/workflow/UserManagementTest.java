package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.UserChange;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The administrator edits, deactivates and reactivates users and resets passwords; anyone changes their
 * own password. On a real H2 file, through the service, with signed-in actors.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class UserManagementTest {

    @Parameter
    DatabaseKind kind;


    private static final String ANNES = "annes-kode";
    private static final String KARENS = "karens-kode";

    @TempDir
    Path dir;
    private Database database;
    private UserService users;
    private SignInService signIn;
    private Actor anne;
    private int sof;
    private int kff;

    @BeforeEach
    void open() {
        database = kind.open(dir);
        SampleYear.create(database.dsl());
        users = new UserService(database.store());
        signIn = new SignInService(database.store(), Clock.systemUTC());
        anne = signIn.createFirstAdministrator("anne", "Anne Administrator", ANNES.toCharArray(), ANNES.toCharArray());
        List<Department> departments = new YearSetupService(database.store()).departments();
        sof = id(departments, "SOF");
        kff = id(departments, "KFF");
        add("karen", "Karen Koordinator", Role.COORDINATOR, Set.of(sof), KARENS);
        add("rikke", "Rikke Reviewer", Role.REVIEWER, Set.of(), "rikkes-kode");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theAdministratorEditsNameRoleAndDepartmentsAndTheHistorySaysWhoChangedWhat() {
        User edited = users.editUser(anne, "Karen", "Karen Hansen", Role.COORDINATOR, Set.of(kff));
        assertEquals("karen", edited.login(), "the login stays");
        Actor karen = signIn("karen", KARENS);
        assertEquals("Karen Hansen", karen.fullName());
        assertEquals(Set.of(kff), karen.departmentIds(), "the new department, and only that one");

        users.editUser(anne, "karen", "Karen Hansen", Role.REVIEWER, Set.of(kff));
        assertEquals(Role.REVIEWER, user("karen").role());
        assertEquals(Set.of(), user("karen").departmentIds(), "only a coordinator reports for departments");

        assertEquals(List.of(
                "USER_CREATE FULL_NAME null -> Karen Koordinator by anne",
                "USER_CREATE ROLE null -> COORDINATOR by anne",
                "USER_CREATE DEPARTMENTS null -> SOF by anne",
                "USER_EDIT FULL_NAME Karen Koordinator -> Karen Hansen by anne",
                "USER_EDIT DEPARTMENTS SOF -> KFF by anne",
                "USER_EDIT ROLE COORDINATOR -> REVIEWER by anne",
                "USER_EDIT DEPARTMENTS KFF ->  by anne"), history("karen"));
    }

    @Test
    void aCoordinatorKeepsAtLeastOneDepartmentAndARefusedEditChangesNothing() {
        List<User> before = users.users();
        List<String> historyBefore = history("karen");
        assertRefused("user.error.noDepartment",
                () -> users.editUser(anne, "karen", "Karen Koordinator", Role.COORDINATOR, Set.of()));
        assertRefused("users.error.unknownDepartment",
                () -> users.editUser(anne, "karen", "Karen Koordinator", Role.COORDINATOR, Set.of(sof, 9999)));
        assertRefused("user.error.name", () -> users.editUser(anne, "karen", "  ", Role.COORDINATOR, Set.of(sof)));
        assertRefused("users.error.notFound", () -> users.editUser(anne, "nobody", "X", Role.REVIEWER, Set.of()));
        assertEquals(before, users.users());
        assertEquals(historyBefore, history("karen"));
    }

    @Test
    void aDeactivatedUserCannotSignInUntilReactivatedAndOnlyTheRightPasswordLearnsWhy() {
        User deactivated = users.deactivate(anne, "karen");
        assertFalse(deactivated.active());
        assertFalse(user("karen").active(), "shown as inactive");
        assertRefused("signin.error.deactivated", () -> signIn.signIn("karen", KARENS.toCharArray()));
        assertRefused("signin.error.wrong", () -> signIn.signIn("karen", "forkert-kode".toCharArray()));
        assertRefused("users.error.alreadyInactive", () -> users.deactivate(anne, "karen"));
        assertRefused("users.error.notActive",
                () -> signIn.changeOwnPassword(Actor.of(deactivated), KARENS.toCharArray(), "ny-kode-123".toCharArray(),
                        "ny-kode-123".toCharArray()));

        users.reactivate(anne, "karen");
        assertEquals("karen", signIn("karen", KARENS).login());
        assertRefused("users.error.alreadyActive", () -> users.reactivate(anne, "karen"));
        assertEquals(List.of("USER_DEACTIVATE ACTIVE true -> false by anne", "USER_REACTIVATE ACTIVE false -> true by anne"),
                history("karen").subList(3, 5));
        assertEquals(3, users.users().size(), "nobody was deleted");
    }

    @Test
    void theLastActiveAdministratorCanNeitherBeDemotedNorDeactivated() {
        assertRefused("users.error.lastAdministrator",
                () -> users.editUser(anne, "anne", "Anne Administrator", Role.REVIEWER, Set.of()));
        assertRefused("users.error.lastAdministrator", () -> users.deactivate(anne, "anne"));

        add("bo", "Bo Backup", Role.ADMINISTRATOR, Set.of(), "bos-kode-1");
        users.deactivate(anne, "bo");
        assertRefused("users.error.lastAdministrator", () -> users.deactivate(anne, "anne"),
                "a deactivated administrator does not count");
        assertTrue(user("anne").isActiveAdministrator());
        assertEquals(2, history("anne").size(), "only her creation: the refusals wrote nothing");
    }

    @Test
    void anAdministratorCannotDeactivateOrDemoteThemselfButAnotherAdministratorCan() {
        add("bo", "Bo Backup", Role.ADMINISTRATOR, Set.of(), "bos-kode-1");
        assertRefused("users.error.deactivateSelf", () -> users.deactivate(anne, "anne"));
        assertRefused("users.error.demoteSelf",
                () -> users.editUser(anne, "anne", "Anne Administrator", Role.REVIEWER, Set.of()));
        assertTrue(user("anne").isActiveAdministrator());

        Actor bo = signIn("bo", "bos-kode-1");
        users.editUser(bo, "anne", "Anne Administrator", Role.REVIEWER, Set.of());
        assertEquals(Role.REVIEWER, user("anne").role());
        assertRefused("users.error.noLongerAdministrator", () -> users.reactivate(anne, "karen"),
                "a window opened before she was demoted cannot go on managing users");
        assertRefused("users.error.lastAdministrator", () -> users.deactivate(bo, "bo"));
    }

    static Stream<Arguments> administratorsOnly() {
        Consumer<UserServiceCall> edit = c -> c.users.editUser(c.actor, "karen", "X", Role.REVIEWER, Set.of());
        Consumer<UserServiceCall> deactivate = c -> c.users.deactivate(c.actor, "karen");
        Consumer<UserServiceCall> reactivate = c -> c.users.reactivate(c.actor, "karen");
        Consumer<UserServiceCall> reset = c -> c.users.resetPassword(c.actor, "anne", "overtaget".toCharArray(),
                "overtaget".toCharArray());
        Consumer<UserServiceCall> create = c -> c.users.createUser(c.actor, "mallory", "M", Role.ADMINISTRATOR,
                Set.of(), "overtaget".toCharArray(), "overtaget".toCharArray());
        Consumer<UserServiceCall> history = c -> c.users.history(c.actor, "anne");
        return Stream.of("karen", "rikke").flatMap(who -> Stream.of(
                Arguments.of(who, "edit", edit), Arguments.of(who, "deactivate", deactivate),
                Arguments.of(who, "reactivate", reactivate), Arguments.of(who, "reset", reset),
                Arguments.of(who, "create", create), Arguments.of(who, "history", history)));
    }

    record UserServiceCall(UserService users, Actor actor) {
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("administratorsOnly")
    void aCoordinatorOrReviewerIsRefusedAndNothingChanges(String who, String what, Consumer<UserServiceCall> call) {
        Actor actor = who.equals("karen") ? signIn("karen", KARENS) : signIn("rikke", "rikkes-kode");
        String hashes = database.dsl().fetch("SELECT login, password_hash FROM app_user ORDER BY login").formatCSV();
        List<User> before = users.users();
        int changes = database.dsl().fetchCount(database.dsl().selectFrom("user_audit_entry"));
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> call.accept(new UserServiceCall(users, actor)));
        assertEquals("workflow.refused.role", refused.key());
        assertEquals(actor.role().key(), ((dk.sikkerby.indberetning.i18n.MessageKey) refused.args().get(0)).key());
        assertEquals(before, users.users());
        assertEquals(hashes, database.dsl().fetch("SELECT login, password_hash FROM app_user ORDER BY login").formatCSV());
        assertEquals(changes, database.dsl().fetchCount(database.dsl().selectFrom("user_audit_entry")));
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndIsStoredAsAnArgon2idHash() {
        users.resetPassword(anne, "karen", "nyt-kodeord".toCharArray(), "nyt-kodeord".toCharArray());
        assertRefused("signin.error.wrong", () -> signIn.signIn("karen", KARENS.toCharArray()));
        assertEquals("karen", signIn("karen", "nyt-kodeord").login());
        String stored = database.dsl().fetchValue("SELECT password_hash FROM app_user WHERE login = 'karen'").toString();
        assertTrue(stored.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
        assertTrue(new PasswordHasher().verify("nyt-kodeord".toCharArray(), stored));
        assertEquals("PASSWORD_RESET PASSWORD null -> null by anne", history("karen").get(3));

        assertRefused("user.error.passwordShort",
                () -> users.resetPassword(anne, "karen", "kort".toCharArray(), "kort".toCharArray()));
        assertRefused("user.error.passwordMismatch",
                () -> users.resetPassword(anne, "karen", "nyt-kodeord2".toCharArray(), "nyt-kodeord3".toCharArray()));
        assertRefused("users.error.resetOwnPassword",
                () -> users.resetPassword(anne, "anne", "nyt-kodeord".toCharArray(), "nyt-kodeord".toCharArray()));
        assertEquals("karen", signIn("karen", "nyt-kodeord").login(), "the refused resets changed nothing");
    }

    @Test
    void anyoneChangesTheirOwnPasswordGivenTheRightOldOne() {
        Actor karen = signIn("karen", KARENS);
        assertRefused("users.error.oldPasswordWrong",
                () -> signIn.changeOwnPassword(karen, "forkert-kode".toCharArray(), "karens-nye".toCharArray(),
                        "karens-nye".toCharArray()));
        assertRefused("user.error.passwordMismatch",
                () -> signIn.changeOwnPassword(karen, KARENS.toCharArray(), "karens-nye".toCharArray(),
                        "karens-nyx".toCharArray()));
        assertEquals("karen", signIn("karen", KARENS).login(), "unchanged after the refusals");

        signIn.changeOwnPassword(karen, KARENS.toCharArray(), "karens-nye".toCharArray(), "karens-nye".toCharArray());
        assertRefused("signin.error.wrong", () -> signIn.signIn("karen", KARENS.toCharArray()));
        assertEquals("karen", signIn("karen", "karens-nye").login());
        assertEquals("PASSWORD_CHANGE PASSWORD null -> null by karen", history("karen").get(3));
        assertTrue(database.dsl().fetchValue("SELECT password_hash FROM app_user WHERE login = 'karen'").toString()
                .startsWith("$argon2id$"));
    }

    @Test
    void theHistoryNeverHoldsAPasswordOrAHash() {
        users.resetPassword(anne, "karen", "hemmeligt-1".toCharArray(), "hemmeligt-1".toCharArray());
        signIn.changeOwnPassword(signIn("karen", "hemmeligt-1"), "hemmeligt-1".toCharArray(),
                "hemmeligt-2".toCharArray(), "hemmeligt-2".toCharArray());
        String all = database.dsl().fetch("SELECT * FROM user_audit_entry").formatCSV();
        for (String secret : List.of("hemmeligt", KARENS, ANNES, "argon2")) {
            assertFalse(all.contains(secret), secret);
        }
        assertThrows(org.jooq.exception.DataAccessException.class, () -> database.dsl().execute(
                "INSERT INTO user_audit_entry (subject_login, subject_name, audit_action, field_name, new_value,"
                        + " actor_login, actor_name, changed_at) VALUES ('karen', 'K', 'PASSWORD_RESET', 'PASSWORD',"
                        + " 'hemmeligt', 'anne', 'A', CURRENT_TIMESTAMP)"), "the database refuses a password value too");
    }

    private void add(String login, String name, Role role, Set<Integer> departments, String password) {
        users.createUser(anne, login, name, role, departments, password.toCharArray(), password.toCharArray());
    }

    private Actor signIn(String login, String password) {
        return signIn.signIn(login, password.toCharArray());
    }

    private User user(String login) {
        return users.users().stream().filter(u -> u.login().equals(login)).findFirst().orElseThrow();
    }

    private List<String> history(String login) {
        return users.history(anne, login).stream().map(UserManagementTest::line).toList();
    }

    private static String line(UserChange c) {
        return c.kind() + " " + c.field() + " " + c.oldValue() + " -> " + (c.newValue() == null ? "null" : c.newValue())
                + " by " + c.actorLogin();
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(UserFacingException.class, action).key());
    }

    private static void assertRefused(String key, Executable action, String why) {
        assertEquals(key, assertThrows(UserFacingException.class, action).key(), why);
    }

    private static int id(List<Department> departments, String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }
}
