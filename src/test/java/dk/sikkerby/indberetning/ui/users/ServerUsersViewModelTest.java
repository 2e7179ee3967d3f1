package dk.sikkerby.indberetning.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.ServerDesks;
import dk.sikkerby.indberetning.testsupport.TestServer;
import dk.sikkerby.indberetning.ui.common.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The users window's view models on a server, without a screen (the work on the test's thread, the
 * database the embedded PostgreSQL): a new user is a server login, or one the city already has; a reset
 * sets the login's password; an administrator whose login may not is told why in one sentence.
 */
class ServerUsersViewModelTest {

    private static final Messages MESSAGES = Messages.forLocale(Messages.DANISH);

    private static UsersViewModel model(Database db, Actor admin) {
        UsersViewModel model = new UsersViewModel(MESSAGES, new UserService(db.store()),
                new YearSetupService(db.store()), Background.sameThread(), admin, Optional.of(new ServerUsers(db.store())));
        model.load();
        return model;
    }

    @Test
    void theOwnerAddsAServerLoginAndAnExistingOneAndResetsAPassword() throws Exception {
        TestServer server = TestServer.create();
        String karen = ServerDesks.serverWithPeople(server)[1];
        String prefix = server.address().database().replace("sikkerby_test_", "d");
        try (Database owner = server.initAsOwner()) {
            Actor it = new ServerUsers(owner.store()).makeOwnerAdministrator("IT Ejer", true);
            owner.dsl().execute("CREATE ROLE " + prefix + "_rikke LOGIN PASSWORD 'byens-kode'");
            UsersViewModel model = model(owner, it);
            assertTrue(model.onServer());
            assertEquals(MESSAGES.get("users.server.note"), model.serverNote());

            UserFormViewModel form = model.addForm();
            assertTrue(form.offersExistingLogin());
            form.loginProperty().set(prefix + "_lone");
            form.fullNameProperty().set("Lone Koordinator");
            form.departments().stream().filter(c -> c.department().code().equals("SOF")).findFirst().orElseThrow()
                    .chosen().set(true);
            assertFalse(form.canSaveProperty().get(), "a new login needs its password, typed twice");
            form.passwordProperty().set("lones-kode-1");
            form.repeatedProperty().set("lones-kode-1");
            List<String> said = new ArrayList<>();
            form.save(said::add);
            assertEquals(List.of(MESSAGES.get("users.added", prefix + "_lone")), said, form.errorProperty().get());
            assertTrue(new ServerLogins(owner.dsl()).hasGroupRole(prefix + "_lone"));

            UserFormViewModel existing = model.addForm();
            existing.loginProperty().set(prefix + "_rikke");
            existing.fullNameProperty().set("Rikke Reviewer");
            existing.roleProperty().set(Role.REVIEWER);
            assertFalse(existing.canSaveProperty().get());
            existing.existingLoginProperty().set(true);
            assertTrue(existing.canSaveProperty().get(), "a login the city has needs no password here");
            existing.save(said::add);
            assertEquals("", existing.errorProperty().get());
            model.saved(said.get(1));
            assertTrue(model.list().stream().map(User::login).toList().containsAll(List.of(prefix + "_lone",
                    prefix + "_rikke")));

            model.selectedProperty().set(model.list().stream().filter(u -> u.login().equals(karen)).findFirst()
                    .orElseThrow());
            PasswordViewModel reset = model.resetPasswordForm();
            reset.passwordProperty().set("karens-nye-kode");
            reset.repeatedProperty().set("karens-nye-kode");
            boolean[] done = {false};
            reset.save(() -> done[0] = true);
            assertTrue(done[0], reset.errorProperty().get());
        }
        try (Database lone = server.openAs(prefix + "_lone", "lones-kode-1");
             Database rikke = server.openAs(prefix + "_rikke", "byens-kode");
             Database asKaren = server.openAs(karen, "karens-nye-kode")) {
            assertEquals(Role.COORDINATOR, new ServerUsers(lone.store()).signIn().role());
            assertEquals(Role.REVIEWER, new ServerUsers(rikke.store()).signIn().role());
            assertEquals(karen, new ServerUsers(asKaren.store()).signIn().login());
        }
    }

    @Test
    void anAdministratorWithoutCreateRoleIsToldWhyAndTheFormStays() throws Exception {
        TestServer server = TestServer.create();
        String[] people = ServerDesks.serverWithPeople(server);
        try (Database anne = server.openAs(people[0], "annes-kode")) {
            UsersViewModel model = model(anne, new ServerUsers(anne.store()).signIn());
            model.selectedProperty().set(model.list().stream().filter(u -> u.login().equals(people[1])).findFirst()
                    .orElseThrow());
            PasswordViewModel reset = model.resetPasswordForm();
            reset.passwordProperty().set("karens-nye-kode");
            reset.repeatedProperty().set("karens-nye-kode");
            reset.save(() -> { });
            assertEquals(MESSAGES.get("server.error.mayNotSetPasswords"), reset.errorProperty().get());

            UserFormViewModel form = model.addForm();
            form.loginProperty().set("nogen");
            form.fullNameProperty().set("Nogen Anden");
            form.roleProperty().set(Role.REVIEWER);
            form.passwordProperty().set("nogens-kode-1");
            form.repeatedProperty().set("nogens-kode-1");
            form.save(text -> { });
            assertEquals(MESSAGES.get("server.error.mayNotCreateLogins"), form.errorProperty().get());
        }
    }
}
