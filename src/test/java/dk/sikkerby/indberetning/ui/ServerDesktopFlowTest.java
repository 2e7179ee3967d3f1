package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestServer;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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

    /** The test server with the sample year, an administrator (anne) and a coordinator for SOF (karen). */
    static String[] serverWithPeople(TestServer server) {
        String prefix = server.address().database().replace("sikkerby_test_", "d");
        String anne = prefix + "_anne";
        String karen = prefix + "_karen";
        try (Database owner = server.initAsOwner()) {
            SampleYear.create(owner.dsl());
            int sof = new DepartmentRepository(owner.dsl()).findByCode("SOF").orElseThrow().id();
            ServerLogins logins = new ServerLogins(owner.dsl());
            logins.create(anne, "annes-kode".toCharArray());
            logins.grantOnly(anne, Role.ADMINISTRATOR);
            logins.create(karen, "karens-kode".toCharArray());
            logins.grantOnly(karen, Role.COORDINATOR);
            UserRepository users = new UserRepository(owner.dsl());
            users.insert(anne, "Anne Administrator", Role.ADMINISTRATOR, null, Set.of());
            users.insert(karen, "Karen Koordinator", Role.COORDINATOR, null, Set.of(sof));
        }
        return new String[] {anne, karen};
    }

    /** Karen, at her own desk, saves Sjakket's note over the version stored now. */
    static void karenSaves(TestServer server, String karen, String note) {
        try (Database desk = server.openAs(karen, "karens-kode")) {
            Services services = Services.on(desk, Messages.forLocale(Messages.DANISH));
            Actor actor = services.serverUsers().signIn();
            InitiativeRow sjakket = services.submissions().loadYear(SampleYear.YEAR).rows().stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
            services.submissions().save(actor, SampleYear.YEAR, sjakket.initiativeId(),
                    new SubmissionForm("1", "3", false, RichText.plain(note), null), sjakket.version());
        }
    }

    /** Starts the app on its own file, connects to the server by keyboard, and signs in as {@code login}. */
    static void connectAndSignIn(UiRobot robot, AppHarness harness, TestServer server, String login, String password)
            throws Exception {
        harness.launch(robot);
        UiRobot.waitFor(30, () -> robot.lookup("#connectToServer").tryQuery().isPresent());
        robot.clickOn("#connectToServer");
        UiRobot.waitFor(10, () -> robot.lookup("#connectDialog").tryQuery().isPresent());
        UiRobot.waitFor(5, () -> robot.lookup("#connectHost").queryAs(TextField.class).isFocused());
        robot.clickOn("#connectHost").write("localhost").push(KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(String.valueOf(server.address().port())).push(KeyCode.TAB);
        robot.write(server.address().database()).push(KeyCode.TAB);
        robot.write(login);
        assertEquals("", robot.lookup("#connectProblem").queryAs(Label.class).getText(), () -> java.util.stream.Stream.of(
                "#connectHost", "#connectPort", "#connectDatabase", "#connectLogin")
                .map(id -> id + "=" + robot.lookup(id).queryAs(TextField.class).getText()).toList().toString());
        robot.push(KeyCode.ENTER);
        UiRobot.waitFor(10, () -> robot.lookup("#serverSignInDialog").tryQuery().isPresent());
        assertEquals("Server: " + server.url(), robot.lookup("#serverSignInServer").queryAs(Label.class).getText());
        assertEquals(login, robot.lookup("#serverSignInLogin").queryAs(TextField.class).getText(), "remembered");
        robot.clickOn("#serverSignInPassword").write(password).push(KeyCode.ENTER);
    }

    @Test
    void theAppConnectsByKeyboardSignsInWithTheOwnLoginAndShowsWhatOthersSave() throws Exception {
        TestServer server = TestServer.create();
        String[] people = serverWithPeople(server);
        String anne = people[0];
        String karen = people[1];
        harness = new AppHarness(dir.resolve("data"));

        // a wrong password first: one sentence, and the form is there to try again
        connectAndSignIn(this, harness, server, anne, "forkert");
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
        karenSaves(server, karen, "Karens første tal");
        UiRobot.waitFor(2, () -> text("#statusMessage").equals("Karen Koordinator har gemt „Sjakket\"."));
        UiRobot.waitFor(2, () -> lookup(".tree-table-cell").match((TreeTableCell<?, ?> c) -> "Karens første tal"
                .equals(c.getText())).tryQuery().isPresent());

        // Anne edits the same row; Karen saves again: Anne's edits are kept, she is told, and saving shows both
        AppHarness.selectRow(this, "Sjakket");
        clickOn("#metField").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write("2");
        karenSaves(server, karen, "Karens andet tal");
        UiRobot.waitFor(2, () -> text("#statusMessage").startsWith("Karen Koordinator har gemt „Sjakket\", mens du "
                + "redigerer den"));
        assertEquals("2", lookup("#metField").queryAs(TextField.class).getText(), "Anne's edit is kept");
        push(KeyCode.CONTROL, KeyCode.S);
        UiRobot.waitFor(10, () -> lookup("#conflictDialog").tryQuery().isPresent());
        clickOn("#conflictKeepMine");
        UiRobot.waitFor(10, () -> text("#saveResult").equals("Gemt: Sjakket"));
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
