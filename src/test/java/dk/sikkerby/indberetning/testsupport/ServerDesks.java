package dk.sikkerby.indberetning.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Desks on one test server: the server with the sample year and two people (an administrator and a
 * coordinator for SOF, each with their own login), another desk that saves, and the desktop app connected
 * to the server through its connect dialog and sign-in form, by keyboard and node id.
 */
public final class ServerDesks {

    private ServerDesks() {
    }

    /** The test server with the sample year, an administrator (anne) and a coordinator for SOF (karen). */
    public static String[] serverWithPeople(TestServer server) {
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
    public static void karenSaves(TestServer server, String karen, String note) {
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
    public static void connectAndSignIn(UiRobot robot, AppHarness harness, TestServer server, String login,
                                        String password) throws Exception {
        connectDialogFilled(robot, harness, server, login);
        robot.push(KeyCode.ENTER);
        UiRobot.waitFor(10, () -> robot.lookup("#serverSignInDialog").tryQuery().isPresent());
        assertEquals("Server: " + server.url(), robot.lookup("#serverSignInServer").queryAs(Label.class).getText());
        assertEquals(login, robot.lookup("#serverSignInLogin").queryAs(TextField.class).getText(), "remembered");
        robot.clickOn("#serverSignInPassword").write(password).push(KeyCode.ENTER);
    }

    /** Starts the app on its own file and fills the connect dialog by keyboard, leaving it open. */
    public static void connectDialogFilled(UiRobot robot, AppHarness harness, TestServer server, String login)
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
    }
}
