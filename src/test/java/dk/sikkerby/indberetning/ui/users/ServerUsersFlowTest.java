package dk.sikkerby.indberetning.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.ServerDesks;
import dk.sikkerby.indberetning.testsupport.TestServer;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Users window on a real PostgreSQL, driven by node id: the owner (an administrator whose login may
 * create roles) creates a coordinator's server login with the password typed in the window, and resets a
 * colleague's server password; both then sign in with those passwords.
 */
class ServerUsersFlowTest extends UiRobot {

    private static final Messages MESSAGES = Messages.forLocale(Messages.DANISH);

    @TempDir
    Path dir;
    private AppHarness harness;

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.stop();
        }
    }

    @Test
    void theOwnerCreatesALoginAndResetsAPasswordFromTheUsersWindow() throws Exception {
        TestServer server = TestServer.create();
        String karen = ServerDesks.serverWithPeople(server)[1];
        String lone = server.address().database().replace("sikkerby_test_", "d") + "_lone";
        try (Database owner = server.initAsOwner()) {
            new ServerUsers(owner.store()).makeOwnerAdministrator("IT Ejer", true);
        }
        harness = new AppHarness(dir.resolve("data"));
        ServerDesks.connectAndSignIn(this, harness, server, server.owner(), server.ownerPassword());
        UiRobot.waitFor(20, () -> text("#signedInUser").startsWith("IT Ejer"));

        clickOn("#menuFile").clickOn("#menuUsers");
        UiRobot.waitFor(20, () -> lookup("#usersTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
        assertEquals(MESSAGES.get("users.server.note"), text("#usersServerNote"));

        clickOn("#userAddButton");
        waitFor("#userForm");
        clickOn("#userLogin").write(lone);
        clickOn("#userFullName").write("Lone Koordinator");
        clickOn("#userDepartment_SOF");
        clickOn("#userExistingLogin");
        assertTrue(lookup("#userPassword").queryAs(PasswordField.class).isDisabled(), "no password for an existing login");
        clickOn("#userExistingLogin");
        clickOn("#userPassword").write("lones-kode-1");
        clickOn("#userRepeat").write("lones-kode-1");
        clickOn("#userFormSave");
        UiRobot.waitFor(20, () -> text("#usersMessage").equals(MESSAGES.get("users.added", lone)));

        UiRobot.waitFor(20, () -> lookup("#usersTable").queryAs(TableView.class).getItems().size() == 4
                && !lookup("#userAddButton").query().isDisabled());
        chooseUser(karen);
        UiRobot.waitFor(10, () -> !lookup("#userResetPasswordButton").query().isDisabled());
        assertEquals(karen, onFx(() -> ((dk.sikkerby.indberetning.domain.User) lookup("#usersTable")
                .queryAs(TableView.class).getSelectionModel().getSelectedItem()).login()));
        clickOn("#userResetPasswordButton");
        waitFor("#passwordDialog");
        clickOn("#passwordNew").write("karens-nye-kode");
        clickOn("#passwordRepeat").write("karens-nye-kode");
        clickOn("#passwordSave");
        UiRobot.waitFor(20, () -> !text("#usersMessage").equals(MESSAGES.get("users.added", lone))
                || !lookup("#passwordError").tryQuery().map(n -> ((Label) n).getText()).orElse("").isEmpty());
        assertEquals(MESSAGES.get("users.passwordReset", karen), text("#usersMessage"),
                () -> lookup("#passwordError").tryQuery().map(n -> ((Label) n).getText()).orElse("(no dialog)"));
        harness.stop();
        harness = null;

        try (Database asLone = server.openAs(lone, "lones-kode-1");
             Database asKaren = server.openAs(karen, "karens-nye-kode")) {
            assertEquals(Role.COORDINATOR, new ServerUsers(asLone.store()).signIn().role());
            assertEquals(karen, new ServerUsers(asKaren.store()).signIn().login());
        }
    }

    private void chooseUser(String login) throws TimeoutException {
        AppHarness.clickCell(this, "#usersTable .table-cell", login);
    }

    private void waitFor(String id) throws TimeoutException {
        UiRobot.waitFor(10, () -> lookup(id).tryQuery().isPresent());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
