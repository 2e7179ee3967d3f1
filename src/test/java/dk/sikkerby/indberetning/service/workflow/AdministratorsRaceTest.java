package dk.sikkerby.indberetning.service.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two administrators demote each other at the same moment, each in their own session: the second waits
 * for the first to commit and is then refused, so the database never ends without an administrator.
 */
class AdministratorsRaceTest {

    @TempDir
    Path dir;

    @Test
    void theSecondOfTwoAdministratorsDemotingEachOtherWaitsAndIsRefused() throws Exception {
        try (Database database = TestDatabase.open(dir)) {
            UserService users = new UserService(database.store());
            SignInService signIn = new SignInService(database.store(), Clock.systemUTC());
            Actor anne = signIn.createFirstAdministrator("anne", "Anne", "annes-kode".toCharArray(),
                    "annes-kode".toCharArray());
            users.createUser(anne, "bo", "Bo", Role.ADMINISTRATOR, Set.of(), "bos-kode-1".toCharArray(),
                    "bos-kode-1".toCharArray());
            Actor bo = signIn.signIn("bo", "bos-kode-1".toCharArray());
            try (Connection first = DriverManager.getConnection(database.file().jdbcUrl(), "sa", "")) {
                first.setAutoCommit(false);
                UserService annesWindow = new UserService(Store.over(DSL.using(first, SQLDialect.H2)));
                SignInService annesWindowSignIn = new SignInService(Store.over(DSL.using(first, SQLDialect.H2)), Clock.systemUTC());
                // Anne's demotion of Bo is written but not yet committed when Bo tries to demote Anne
                DSLContext annes = DSL.using(first, SQLDialect.H2);
                annes.execute("SELECT id FROM app_user WHERE user_role = 'ADMINISTRATOR' AND active FOR UPDATE");
                annes.execute("UPDATE app_user SET user_role = 'REVIEWER' WHERE login = 'bo'");
                CompletableFuture<User> bosTry = CompletableFuture.supplyAsync(
                        () -> users.editUser(bo, "anne", "Anne", Role.REVIEWER, Set.of()));
                Thread.sleep(700);
                assertFalse(bosTry.isDone(), "Bo's change waits for Anne's to end");
                first.commit();
                ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        () -> bosTry.get(20, TimeUnit.SECONDS));
                assertTrue(refused.getCause() instanceof UserFacingException, String.valueOf(refused.getCause()));
                assertEquals("users.error.noLongerAdministrator", ((UserFacingException) refused.getCause()).key());
                assertEquals(Role.ADMINISTRATOR, annesWindow.users().stream()
                        .filter(u -> u.login().equals("anne")).findFirst().orElseThrow().role());
            }
            assertEquals(Set.of("anne"), Set.copyOf(users.users().stream().filter(User::isActiveAdministrator)
                    .map(User::login).toList()));
        }
    }
}
