package dk.sikkerby.indberetning.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users window's view models without a screen: the work runs on the test's thread. */
class UsersViewModelTest {

    private static final Messages MESSAGES = Messages.forLocale(Messages.DANISH);

    @TempDir
    Path dir;
    private Database database;
    private UsersViewModel model;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        UserService users = new UserService(database.store());
        SignInService signIn = new SignInService(database.store(), Clock.systemUTC());
        Actor anne = signIn.createFirstAdministrator("anne", "Anne Admin", "annes-kode-1".toCharArray(),
                "annes-kode-1".toCharArray());
        model = new UsersViewModel(MESSAGES, users, new YearSetupService(database.store()), Background.sameThread(),
                anne);
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void commandsOnAUserNeedAChosenUser() {
        assertEquals(List.of("anne"), model.list().stream().map(User::login).toList());
        assertFalse(model.canActOnSelectedProperty().get());
        model.selectedProperty().set(model.list().get(0));
        assertTrue(model.canActOnSelectedProperty().get());
        assertFalse(model.history().isEmpty(), "the chosen user's history is read at once");
    }

    @Test
    void aNewUserCanBeSavedOnlyWhenEveryFieldIsFilled() {
        UserFormViewModel form = model.addForm();
        assertFalse(form.canSaveProperty().get());
        form.loginProperty().set("bo");
        form.fullNameProperty().set("Bo Berg");
        form.roleProperty().set(Role.REVIEWER);
        assertFalse(form.canSaveProperty().get(), "a new user needs a password, typed twice");
        form.passwordProperty().set("bos-kode-12");
        form.repeatedProperty().set("bos-kode-12");
        assertTrue(form.canSaveProperty().get());

        List<String> said = new ArrayList<>();
        form.save(said::add);
        model.saved(said.get(0));

        assertEquals(List.of(MESSAGES.get("users.added", "bo")), said);
        assertEquals(List.of("anne", "bo"), model.list().stream().map(User::login).toList());
        assertEquals("", form.passwordProperty().get(), "the password does not stay in the form");
    }

    @Test
    void aRefusedSaveSaysWhyAndSavesNothing() {
        UserFormViewModel form = model.addForm();
        form.loginProperty().set("bo");
        form.fullNameProperty().set("Bo Berg");
        form.roleProperty().set(Role.REVIEWER);
        form.passwordProperty().set("bos-kode-12");
        form.repeatedProperty().set("en-anden-kode");
        List<String> said = new ArrayList<>();

        form.save(said::add);

        assertEquals(List.of(), said);
        assertFalse(form.errorProperty().get().isBlank());
        assertFalse(form.canSaveProperty().get(), "the passwords are cleared, so they must be typed again");
        model.load();
        assertEquals(List.of("anne"), model.list().stream().map(User::login).toList());
    }

    @Test
    void theLastAdministratorIsNotDeactivated() {
        model.selectedProperty().set(model.list().get(0));
        model.toggleActive();
        assertFalse(model.messageProperty().get().isBlank());
        assertFalse(model.busyProperty().get());
        model.load();
        assertTrue(model.list().get(0).active());
    }
}
