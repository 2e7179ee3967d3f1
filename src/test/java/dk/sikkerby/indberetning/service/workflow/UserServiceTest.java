package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator, users, Argon2id hashes, and wrong passwords slowing further tries. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class UserServiceTest {

    @Parameter
    DatabaseKind kind;


    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-12T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    private Database database;
    private final HandClock clock = new HandClock();
    private UserService users;
    private SignInService signIn;

    @BeforeEach
    void open() {
        database = kind.open(dir);
        users = new UserService(database.store());
        signIn = new SignInService(database.store(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theStoredPasswordIsAnArgon2idHashAndOnlyTheRightPasswordSignsIn() {
        assertTrue(signIn.needsFirstAdministrator());
        Actor admin = signIn.createFirstAdministrator("Anne", "Anne Administrator", "hemmelig-kode".toCharArray(),
                "hemmelig-kode".toCharArray());
        assertEquals("anne", admin.login());
        assertEquals(Role.ADMINISTRATOR, admin.role());
        assertFalse(signIn.needsFirstAdministrator());
        String stored = database.dsl().fetchValue("SELECT password_hash FROM app_user WHERE login = 'anne'").toString();
        assertTrue(stored.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
        assertFalse(stored.contains("hemmelig-kode"));
        assertTrue(new PasswordHasher().verify("hemmelig-kode".toCharArray(), stored));

        assertEquals(admin, signIn.signIn("anne", "hemmelig-kode".toCharArray()));
        assertEquals("signin.error.wrong", assertThrows(UserFacingException.class,
                () -> signIn.signIn("anne", "Hemmelig-kode".toCharArray())).key());
        assertEquals("signin.error.wrong", assertThrows(UserFacingException.class,
                () -> signIn.signIn("nobody", "hemmelig-kode".toCharArray())).key(), "the same answer for a wrong login");
    }

    @Test
    void aFewWrongTriesMakeTheNextTriesWaitLongerAndLonger() {
        signIn.createFirstAdministrator("anne", "Anne", "rigtig-kode".toCharArray(), "rigtig-kode".toCharArray());
        for (int i = 0; i < SignInThrottle.FREE_TRIES; i++) {
            assertEquals("signin.error.wrong", assertThrows(UserFacingException.class,
                    () -> signIn.signIn("anne", "forkert".toCharArray())).key());
        }
        UserFacingException wait = assertThrows(UserFacingException.class,
                () -> signIn.signIn("anne", "rigtig-kode".toCharArray()));
        assertEquals("signin.error.wait", wait.key(), "even the right password waits its turn");
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThrows(UserFacingException.class, () -> signIn.signIn("anne", "forkert".toCharArray()));
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertEquals("signin.error.wait", assertThrows(UserFacingException.class,
                () -> signIn.signIn("anne", "rigtig-kode".toCharArray())).key(), "the second wait is longer");
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertEquals("anne", signIn.signIn("anne", "rigtig-kode".toCharArray()).login());
        assertThrows(UserFacingException.class, () -> signIn.signIn("anne", "forkert".toCharArray()));
        assertEquals("anne", signIn.signIn("anne", "rigtig-kode".toCharArray()).login(), "a success starts afresh");
    }

    @Test
    void onlyAnAdministratorAddsUsersAndOnlyOnceTheFirst() {
        Actor admin = signIn.createFirstAdministrator("anne", "Anne", "rigtig-kode".toCharArray(),
                "rigtig-kode".toCharArray());
        assertEquals("signin.error.notEmpty", assertThrows(UserFacingException.class,
                () -> signIn.createFirstAdministrator("bo", "Bo", "rigtig-kode".toCharArray(),
                        "rigtig-kode".toCharArray())).key());
        int sof = database.dsl().insertInto(org.jooq.impl.DSL.table("department"),
                org.jooq.impl.DSL.field("code"), org.jooq.impl.DSL.field("name"))
                .values("SOF", "Socialforvaltningen").returningResult(org.jooq.impl.DSL.field("id", Integer.class))
                .fetchOne().value1();
        Actor karen = Actor.of(users.createUser(admin, "karen", "Karen Koordinator", Role.COORDINATOR, Set.of(sof),
                "karens-kode".toCharArray(), "karens-kode".toCharArray()));
        assertEquals(Set.of(sof), signIn.signIn("karen", "karens-kode".toCharArray()).departmentIds());
        assertEquals("workflow.refused.role", assertThrows(UserFacingException.class,
                () -> users.createUser(karen, "x1", "X", Role.REVIEWER, Set.of(), "xxxxxxxxx".toCharArray(),
                        "xxxxxxxxx".toCharArray())).key());
        assertEquals("user.error.noDepartment", assertThrows(UserFacingException.class,
                () -> users.createUser(admin, "x2", "X", Role.COORDINATOR, Set.of(), "xxxxxxxxx".toCharArray(),
                        "xxxxxxxxx".toCharArray())).key());
        assertEquals("user.error.passwordMismatch", assertThrows(UserFacingException.class,
                () -> users.createUser(admin, "x3", "X", Role.REVIEWER, Set.of(), "xxxxxxxxx".toCharArray(),
                        "yyyyyyyyy".toCharArray())).key());
        assertEquals("user.error.passwordShort", assertThrows(UserFacingException.class,
                () -> users.createUser(admin, "x4", "X", Role.REVIEWER, Set.of(), "kort".toCharArray(),
                        "kort".toCharArray())).key());
        assertEquals("user.error.loginExists", assertThrows(UserFacingException.class,
                () -> users.createUser(admin, "Karen", "K", Role.REVIEWER, Set.of(), "xxxxxxxxx".toCharArray(),
                        "xxxxxxxxx".toCharArray())).key());
        assertEquals(2, users.users().size());
    }
}
