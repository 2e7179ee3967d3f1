package dk.sikkerby.indberetning.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.main.EmptyTableHint;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start asks for the first administrator; later starts refuse a wrong password. */
class SignInFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private AppHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theFirstAdministratorIsCreatedAtTheFirstStartAndAWrongPasswordIsRefusedLater() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("fresh").toString());
        harness = new AppHarness(dir.resolve("data"));
        harness.launch(this, "--db", file.toString());
        UiRobot.waitFor(30, () -> lookup("#firstAdministratorDialog").tryQuery().isPresent());
        assertTrue(lookup("#mainView MenuBar").queryAs(MenuBar.class).isDisabled(), "nothing works before sign-in");
        UiRobot.waitFor(10, () -> lookup("#initiativeTable").tryQuery().isPresent());
        assertEquals("", tablePlaceholder(), "an empty table says nothing about the database before sign-in");
        clickOn("#signInLogin").write("anne");
        clickOn("#signInFullName").write("Anne Administrator");
        clickOn("#signInPassword").write("annes-kode");
        clickOn("#signInRepeat").write("annes-kodx");
        clickOn("#signInButton");
        UiRobot.waitFor(10, () -> !text("#signInError").isEmpty());
        assertEquals("De to adgangskoder er ikke ens.", text("#signInError"));
        clickOn("#signInPassword").write("annes-kode");
        clickOn("#signInRepeat").write("annes-kode");
        clickOn("#signInButton");
        UiRobot.waitFor(10, () -> text("#signedInUser").equals("Anne Administrator (Administrator)"));
        assertEquals("Ingen indsatser. Opret et år under År → Opsætning af år, eller importér et bilag.", tablePlaceholder());
        assertTrue(lookup("#searchField").tryQuery().isPresent(), "the tool bar is there once signed in");
        harness.stop();

        try (Database db = Database.open(file)) {
            String stored = db.dsl().fetchValue("SELECT password_hash FROM app_user WHERE login = 'anne'").toString();
            assertTrue(stored.startsWith("$argon2id$v=19$"), stored);
        }

        harness.launch(this, "--db", file.toString());
        UiRobot.waitFor(30, () -> lookup("#signInDialog").tryQuery().isPresent());
        clickOn("#signInLogin").write("anne");
        clickOn("#signInPassword").write("forkert-kode");
        clickOn("#signInButton");
        UiRobot.waitFor(10, () -> !text("#signInError").isEmpty());
        assertEquals("Forkert brugernavn eller adgangskode.", text("#signInError"));
        assertEquals("", text("#signedInUser"));
        clickOn("#signInPassword").write("annes-kode");
        clickOn("#signInButton");
        UiRobot.waitFor(10, () -> text("#signedInUser").startsWith("Anne Administrator"));
    }

    /**
     * The form is shown before the database opens, guessing from whether the file exists; a file made
     * without users (an import on the command line before anyone started the app) is found out then.
     */
    @Test
    void aDatabaseFileWithoutUsersAsksForTheFirstAdministratorOnceItHasOpened() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("imported").toString());
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
        }
        harness = new AppHarness(dir.resolve("data"));
        harness.launch(this, "--db", file.toString());
        UiRobot.waitFor(30, () -> lookup("#firstAdministratorDialog").tryQuery().isPresent());
        assertTrue(lookup("#signInDialog").tryQuery().isEmpty(), "one form at a time");
        clickOn("#signInLogin").write("anne");
        clickOn("#signInFullName").write("Anne Administrator");
        clickOn("#signInPassword").write("annes-kode");
        clickOn("#signInRepeat").write("annes-kode");
        clickOn("#signInButton");
        AppHarness.awaitRows(this, 4);
        assertEquals("Anne Administrator (Administrator)", text("#signedInUser"));
        assertTrue(lookup("#firstAdministratorDialog").tryQuery().isEmpty(), "the form is gone once signed in");
    }

    @Test
    void theInstallationCheckRunsWithoutSignInOnlyOnADatabaseWithoutUsers() throws Exception {
        DatabaseFile fresh = DatabaseFile.of(dir.resolve("installed").toString());
        harness = new AppHarness(dir.resolve("data"));
        harness.launch(this, "--db", fresh.toString(), "--smoke-test");
        UiRobot.waitFor(30, () -> text("#signedInUser").equals("Installationstest (Administrator)"));
        assertTrue(lookup("#firstAdministratorDialog").tryQuery().isEmpty());
        harness.stop();
        try (Database db = Database.open(fresh)) {
            assertEquals(0, db.dsl().fetchCount(db.dsl().selectFrom("app_user")), "the check's actor is not stored");
        }

        AppHarness.ensureAdministrator(fresh);
        harness.launch(this, "--db", fresh.toString(), "--smoke-test");
        UiRobot.waitFor(30, () -> lookup("#signInDialog").tryQuery().isPresent());
        assertEquals("", text("#signedInUser"), "where users exist, the check must sign in like anyone");
    }

    private String tablePlaceholder() {
        return onFx(() -> ((EmptyTableHint) lookup("#initiativeTable").queryAs(TreeTableView.class).getPlaceholder()).text());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
