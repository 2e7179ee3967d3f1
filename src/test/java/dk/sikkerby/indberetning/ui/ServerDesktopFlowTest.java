package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.ServerDesks;
import dk.sikkerby.indberetning.testsupport.TestServer;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app on a real PostgreSQL, driven by node id: "Connect to a server…" from the sign-in form, by
 * keyboard; the person's own server login; the newest year as on a file. Another desk (a second set of the
 * app's services, another login) saves a row: it shows in the open table within two seconds with a notice;
 * while the user is editing that row their edits are kept, and saving then shows both versions.
 */
class ServerDesktopFlowTest extends UiRobot {

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
    void theAppConnectsByKeyboardSignsInWithTheOwnLoginAndShowsWhatOthersSave() throws Exception {
        TestServer server = TestServer.create();
        String[] people = ServerDesks.serverWithPeople(server);
        String anne = people[0];
        String karen = people[1];
        harness = new AppHarness(dir.resolve("data"));

        // a wrong password first: one sentence, and the form is there to try again
        ServerDesks.connectAndSignIn(this, harness, server, anne, "forkert");
        UiRobot.waitFor(15, () -> !text("#serverSignInError").isEmpty());
        assertTrue(text("#serverSignInError").contains("afviste login eller adgangskode"), text("#serverSignInError"));
        clickOn("#serverSignInPassword").write("annes-kode").push(KeyCode.ENTER);
        UiRobot.waitFor(20, () -> text("#signedInUser").startsWith("Anne Administrator"));
        AppHarness.awaitRows(this, 4);
        assertTrue(text("#databasePath").contains(server.url()), text("#databasePath"));
        String settings = Files.readString(dir.resolve("data").resolve("settings.properties"));
        assertTrue(settings.contains("database=jdbc\\:postgresql\\://localhost\\:" + server.address().port()), settings);
        assertTrue(settings.contains("server.login=" + anne), settings);
        assertFalse(settings.contains("annes-kode"), "no password is kept");

        // Karen saves at her desk: the row comes into Anne's table within two seconds, with a notice
        ServerDesks.karenSaves(server, karen, "Karens første tal");
        UiRobot.waitFor(2, () -> text("#statusMessage").equals("Karen Koordinator har gemt „Sjakket\"."));
        UiRobot.waitFor(2, () -> lookup(".tree-table-cell").match((TreeTableCell<?, ?> c) -> "Karens første tal"
                .equals(c.getText())).tryQuery().isPresent());

        // Anne edits the same row; Karen saves again: Anne's edits are kept, she is told, and saving shows both
        AppHarness.selectRow(this, "Sjakket");
        clickOn("#metField").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write("2");
        ServerDesks.karenSaves(server, karen, "Karens andet tal");
        UiRobot.waitFor(2, () -> text("#statusMessage").startsWith("Karen Koordinator har gemt „Sjakket\", mens du "
                + "redigerer den"));
        assertEquals("2", lookup("#metField").queryAs(TextField.class).getText(), "Anne's edit is kept");
        push(KeyCode.CONTROL, KeyCode.S);
        UiRobot.waitFor(10, () -> lookup("#conflictDialog").tryQuery().isPresent());
        clickOn("#conflictKeepMine");
        UiRobot.waitFor(10, () -> text("#saveResult").equals("Gemt: Sjakket"));

        // the server keeps the passwords: changing one's own in the app is refused in one sentence
        clickOn("#signedInUser");
        UiRobot.waitFor(10, () -> lookup("#errorDialog").tryQuery().isPresent());
        assertTrue(lookup("#errorDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText()
                .startsWith("På en server har programmet ingen adgangskoder"));
        clickOn("OK");
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
