package dk.sikkerby.indberetning.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleUsers;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator manages users in File → Brugere, and the people concerned then sign in: Karen
 * (coordinator, SOF) is moved to KFF and gets a new password; Rikke (reviewer) is deactivated.
 */
class UserManagementFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private DatabaseFile file;
    private AppHarness harness;

    @BeforeEach
    void createUsers() throws TimeoutException {
        file = DatabaseFile.of(dir.resolve("users").toString());
        SampleUsers.create(file);
        harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 4);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theAdministratorMovesACoordinatorToAnotherDepartmentAndResetsHerPassword() throws Exception {
        openUsers();
        chooseUser("karen");
        push(KeyCode.ENTER);
        waitFor("#userForm");
        clickOn("#userDepartment_SOF");
        clickOn("#userDepartment_KFF");
        clickOn("#userFormSave");
        awaitMessage("Ændringerne til karen er gemt. De gælder, næste gang brugeren logger ind.");
        UiRobot.waitFor(10, () -> cellOf("karen", 3).equals("KFF"));

        clickOn("#userResetPasswordButton");
        waitFor("#passwordDialog");
        clickOn("#passwordNew").write("karens-nye-kode");
        clickOn("#passwordRepeat").write("karens-nye-kodx");
        clickOn("#passwordSave");
        UiRobot.waitFor(20, () -> !text("#passwordError").isEmpty());
        assertEquals("De to adgangskoder er ikke ens.", text("#passwordError"));
        clickOn("#passwordNew").write("karens-nye-kode");
        clickOn("#passwordRepeat").write("karens-nye-kode");
        clickOn("#passwordSave");
        awaitMessage("Adgangskoden til karen er nulstillet. Giv brugeren den nye adgangskode på en sikker måde.");
        UiRobot.waitFor(10, () -> lookup("#userHistoryTable").queryAs(TableView.class)
                .getItems().size() == 5);
        TableView<?> history = lookup("#userHistoryTable").queryAs(TableView.class);
        assertEquals(List.of("Oprettet – Fulde navn: Karen Koordinator", "Oprettet – Rolle: Koordinator",
                "Oprettet – Forvaltninger: SOF", "Rettet – Forvaltninger: SOF → KFF",
                "Adgangskode nulstillet – Adgangskode: "), history.getItems().stream()
                .map(item -> cell(history, 2, item) + ": " + cell(history, 3, item)).toList());
        assertEquals("Test Administrator (test-admin)", cell(history, 1, history.getItems().get(4)));

        chooseUser(AppHarness.ADMIN_LOGIN);
        clickOn("#userActiveButton");
        clickOn("#deactivateDialogOk");
        awaitMessage("test-admin er den sidste aktive administrator, og der skal altid være mindst én. "
                + "Gør først en anden bruger til administrator.");
        assertEquals("Aktiv", cellOf(AppHarness.ADMIN_LOGIN, 4));

        signInAs("karen", "karens-nye-kode");
        select("Idrætssociale Indsatser");
        assertFalse(lookup("#metField").query().isDisabled(), "KFF's row is hers now");
        select("Sjakket");
        assertTrue(lookup("#metField").query().isDisabled(), "SOF's row is not hers any more");
        assertEquals("Indsatsen hører til SOF: kun SOFs koordinatorer kan rette den.", text("#readOnlyReason"));
    }

    @Test
    void aDeactivatedUserCannotSignInAndAnyoneChangesTheirOwnPassword() throws Exception {
        openUsers();
        chooseUser("rikke");
        clickOn("#userActiveButton");
        waitFor("#deactivateDialog");
        clickOn("#deactivateDialogOk");
        awaitMessage("Brugeren rikke er deaktiveret.");
        UiRobot.waitFor(10, () -> cellOf("rikke", 4).equals("Deaktiveret"));
        assertEquals("Genaktiver", lookup("#userActiveButton").queryAs(Button.class).getText());

        harness.stop();
        harness.launch(this, "--db", file.toString());
        UiRobot.waitFor(30, () -> lookup("#signInLogin").tryQuery().isPresent());
        clickOn("#signInLogin").write("rikke");
        clickOn("#signInPassword").write("rikkes-kode");
        clickOn("#signInButton");
        UiRobot.waitFor(20, () -> !text("#signInError").isEmpty());
        assertEquals("Din bruger er deaktiveret. Kontakt en administrator, hvis du skal bruge den igen.",
                text("#signInError"));
        assertEquals("", text("#signedInUser"));

        clickOn("#signInLogin").eraseText(5).write("karen");
        clickOn("#signInPassword").write("karens-kode");
        clickOn("#signInButton");
        UiRobot.waitFor(20, () -> text("#signedInUser").startsWith("Karen"));
        clickOn("#signedInUser");
        waitFor("#passwordDialog");
        clickOn("#passwordOld").write("forkert-kode");
        clickOn("#passwordNew").write("karens-egen-kode");
        clickOn("#passwordRepeat").write("karens-egen-kode");
        clickOn("#passwordSave");
        UiRobot.waitFor(20, () -> !text("#passwordError").isEmpty());
        assertEquals("Den nuværende adgangskode er forkert.", text("#passwordError"));
        clickOn("#passwordOld").write("karens-kode");
        clickOn("#passwordNew").write("karens-egen-kode");
        clickOn("#passwordRepeat").write("karens-egen-kode");
        clickOn("#passwordSave");
        UiRobot.waitFor(20, () -> lookup("#passwordDialog").tryQuery().isEmpty());
        harness.stop();

        try (Database db = TestDatabase.open(file)) {
            UserService users = new UserService(db.store());
            SignInService signIn = new SignInService(db.store(), Clock.systemUTC());
            assertEquals("karen", signIn.signIn("karen", "karens-egen-kode".toCharArray()).login());
            assertEquals("signin.error.wrong", org.junit.jupiter.api.Assertions.assertThrows(UserFacingException.class,
                    () -> signIn.signIn("karen", "karens-kode".toCharArray())).key());
            assertFalse(users.users().stream().filter(u -> u.login().equals("rikke")).findFirst()
                    .map(User::active).orElseThrow());
        }
    }

    private void openUsers() throws TimeoutException {
        clickOn("#menuFile").clickOn("#menuUsers");
        UiRobot.waitFor(20, () -> lookup("#usersTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
    }

    private void chooseUser(String login) throws TimeoutException {
        AppHarness.clickCell(this, "#usersTable .table-cell", login);
    }

    /** The text in column {@code column} of the row of {@code login} in the users table. */
    @SuppressWarnings("unchecked")
    private String cellOf(String login, int column) {
        return onFx(() -> {
            TableView<User> table = lookup("#usersTable").queryAs(TableView.class);
            User user = table.getItems().stream().filter(u -> u.login().equals(login)).findFirst().orElseThrow();
            return String.valueOf(table.getColumns().get(column).getCellData(user));
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String cell(TableView table, int column, Object item) {
        return String.valueOf(((javafx.scene.control.TableColumn) table.getColumns().get(column)).getCellData(item));
    }

    private void awaitMessage(String expected) throws TimeoutException {
        try {
            UiRobot.waitFor(20, () -> text("#usersMessage").equals(expected));
        } catch (TimeoutException e) {
            assertEquals(expected, text("#usersMessage"));
        }
    }

    private void signInAs(String login, String password) throws TimeoutException {
        harness.stop();
        harness.launch(this, "--db", file.toString());
        AppHarness.signIn(this, login, password);
        AppHarness.awaitRows(this, 4);
    }

    private void select(String initiative) throws TimeoutException {
        AppHarness.selectRow(this, initiative);
    }

    private void waitFor(String id) throws TimeoutException {
        UiRobot.waitFor(10, () -> lookup(id).tryQuery().isPresent());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
