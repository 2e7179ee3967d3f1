package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.ServerDesks;
import dk.sikkerby.indberetning.testsupport.TestServer;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.testsupport.WindowPicture;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: draws the server screenshots of docs/ (the connect dialog, the sign-in on the server, the
 * notice of a row someone else saved, the Users window on a server) from the running app on the embedded
 * PostgreSQL, headless. Run on
 * demand: {@code ./mvnw -o test -Dtest=ServerScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ServerScreenshots extends UiRobot {

    @TempDir
    Path dir;

    @Test
    void drawTheServerScreenshotsOfTheDocs() throws Exception {
        TestServer server = TestServer.create();
        String[] people = ServerDesks.serverWithPeople(server);
        AppHarness harness = new AppHarness(dir.resolve("data"));
        Path docs = Path.of("docs");
        try {
            ServerDesks.connectDialogFilled(this, harness, server, people[0]);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WindowPicture.save(this, docs.resolve("screenshot-connect.png"));
            push(KeyCode.ENTER);
            UiRobot.waitFor(10, () -> lookup("#serverSignInDialog").tryQuery().isPresent());
            clickOn("#serverSignInPassword").write("annes-kode");
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WindowPicture.save(this, docs.resolve("screenshot-server-signin.png"));
            push(KeyCode.ENTER);
            UiRobot.waitFor(90, () -> !lookup("#signedInUser").queryAs(Label.class).getText().isEmpty());
            AppHarness.awaitRows(this, 4);
            AppHarness.selectRow(this, "Sjakket");
            ServerDesks.karenSaves(server, people[1], "Aktiviteterne kørte hele året; 41 unge deltog.");
            UiRobot.waitFor(5, () -> lookup("#statusMessage").queryAs(Label.class).getText().startsWith("Karen"));
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            WindowPicture.save(this, docs.resolve("screenshot-live-row.png"));
        } finally {
            harness.stop();
        }
    }

    @Test
    void drawTheUsersWindowOnAServer() throws Exception {
        TestServer server = TestServer.create();
        ServerDesks.serverWithPeople(server);
        try (Database owner = server.initAsOwner()) {
            new ServerUsers(owner.store()).makeOwnerAdministrator("IT Ejer", true);
        }
        AppHarness harness = new AppHarness(dir.resolve("data"));
        Path docs = Path.of("docs");
        try {
            ServerDesks.connectAndSignIn(this, harness, server, server.owner(), server.ownerPassword());
            UiRobot.waitFor(20, () -> lookup("#signedInUser").queryAs(Label.class).getText().startsWith("IT Ejer"));
            clickOn("#menuFile").clickOn("#menuUsers");
            UiRobot.waitFor(20, () -> lookup("#usersTable").tryQuery()
                    .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WindowPicture.save(this, docs.resolve("screenshot-server-users.png"));
            clickOn("#userAddButton");
            UiRobot.waitFor(10, () -> lookup("#userForm").tryQuery().isPresent());
            clickOn("#userLogin").write("lone");
            clickOn("#userFullName").write("Lone Koordinator");
            clickOn("#userDepartment_SOF");
            clickOn("#userExistingLogin");
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WindowPicture.save(this, docs.resolve("screenshot-server-user-form.png"));
        } finally {
            harness.stop();
        }
    }
}
