package dk.sikkerby.indberetning.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleUsers;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The grid mode through the whole app, by id and keyboard, as the people who use it. */
class GridFlowTest extends UiRobot {

    /** Ten SOF initiatives after the sample year's four: a coordinator's ten rows. */
    private static final List<String> EXTRA = List.of("Natteravne", "Gadeplan", "Exit", "Mentor", "Tryghedsvandring", "Ung i job");

    @TempDir
    Path dir;
    private DatabaseFile file;
    private AppHarness harness;

    @BeforeEach
    void createUsers() {
        file = DatabaseFile.of(dir.resolve("grid").toString());
        SampleUsers.create(file);
        try (Database db = TestDatabase.open(file)) {
            YearSetupService setup = new YearSetupService(db.store());
            Department sof = setup.departments().stream().filter(d -> d.code().equals("SOF")).findFirst().orElseThrow();
            Category secondary = setup.categories(SampleYear.YEAR).get(1);
            for (String name : EXTRA) {
                setup.addInitiative(TestActors.administrator(), SampleYear.YEAR, name, sof.id(), secondary.id());
            }
        }
        harness = new AppHarness(dir.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private void signInAs(String login, String password) throws TimeoutException {
        harness.stop();
        harness.launch(this, "--db", file.toString());
        AppHarness.signIn(this, login, password);
        AppHarness.awaitRows(this, 4);
        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#initiativeGrid").tryQuery().isPresent());
    }

    private SpreadsheetView sheet() {
        return lookup("#initiativeGrid").queryAs(SpreadsheetView.class);
    }

    private SpreadsheetCell cell(int row, GridColumn column) {
        return sheet().getGrid().getRows().get(row).get(column.ordinal());
    }

    private String value(int row, GridColumn column) {
        Object item = cell(row, column).getItem();
        return item == null ? "" : item.toString();
    }

    private int rowOf(String name) {
        for (int r = 0; r < sheet().getGrid().getRowCount(); r++) {
            if (value(r, GridColumn.INITIATIVE).equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** Clicks the grid cell showing {@code text}, once the grid has laid it out. */
    private void clickCell(String text) throws TimeoutException {
        Node[] found = new Node[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            found[0] = lookup("#initiativeGrid .spreadsheet-cell")
                    .match((TableCell<?, ?> c) -> text.equals(c.getText())).tryQuery().orElse(null);
            return found[0] != null;
        });
        clickOn(found[0]);
    }

    /** Types a value into the selected cell and presses Enter: the edit opens on the first key. */
    private void enter(String value) {
        for (char c : value.toCharArray()) {
            type(c == '/' ? KeyCode.SLASH : c == ' ' ? KeyCode.SPACE
                    : Character.isDigit(c) ? KeyCode.getKeyCode(String.valueOf(c)) : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))));
        }
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message() {
        return lookup("#gridMessage").queryAs(Label.class).getText();
    }

    private void awaitMessage(String expected) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message().equals(expected));
        } catch (TimeoutException e) {
            assertEquals(expected, message());
        }
    }

    private Map<String, Score> storedScores() {
        try (Database db = TestDatabase.open(file)) {
            return new SubmissionService(db.store()).loadYear(SampleYear.YEAR).rows().stream()
                    .collect(java.util.stream.Collectors.toMap(InitiativeRow::name, InitiativeRow::score));
        }
    }

    @Test
    void tenScoresAreTypedAndSavedByKeyboardOnly() throws Exception {
        signInAs(AppHarness.ADMIN_LOGIN, AppHarness.ADMIN_PASSWORD);
        int first = 0;
        clickCell("Idrætssociale Indsatser");
        push(KeyCode.TAB).push(KeyCode.TAB); // to the score column
        for (int i = 0; i < 10; i++) {
            int row = first + i;
            if (row >= sheet().getGrid().getRowCount()) {
                break;
            }
            enter(i + "/10");
        }
        WaitForAsyncUtils.waitForFxEvents();
        int typed = Math.min(10, sheet().getGrid().getRowCount() - first);
        assertEquals(typed + " ændrede rækker", lookup("#gridChanged").queryAs(Label.class).getText());
        clickOn("#gridSaveButton");
        awaitMessage(typed + " rækker er gemt.");
        harness.stop();
        Map<String, Score> stored = storedScores();
        assertEquals(10, typed, "ten rows");
        assertEquals(Score.of(0, 10), stored.get("Idrætssociale Indsatser"));
        assertEquals(Score.of(1, 10), stored.get("Sjakket"));
        assertEquals(Score.of(typed - 1, 10), stored.get(EXTRA.get(EXTRA.size() - 1)));
    }

    @Test
    void aPastedColumnWithOneBadValueChangesNothingAndNamesTheRow() throws Exception {
        signInAs(AppHarness.ADMIN_LOGIN, AppHarness.ADMIN_PASSWORD);
        int first = rowOf("Sjakket");
        String badRow = value(first + 2, GridColumn.INITIATIVE);
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "1/2\r\n2/2\r\n7/5\r\n1/1\r\n")));
        clickCell("Sjakket");
        push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(message().contains(badRow), message());
        assertEquals("", value(first, GridColumn.SCORE));
        assertEquals("0 ændrede rækker", lookup("#gridChanged").queryAs(Label.class).getText());

        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "1/2\r\nIkke relevant\r\n")));
        push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1/2", value(first, GridColumn.SCORE));
        assertEquals("Ikke relevant", value(first + 1, GridColumn.SCORE));
    }

    @Test
    void aCoordinatorCannotEditAssessmentsNorOtherDepartmentsRows() throws Exception {
        signInAs(SampleUsers.KAREN, SampleUsers.KAREN_PASSWORD);
        int sjakket = rowOf("Sjakket");
        assertTrue(cell(sjakket, GridColumn.SCORE).isEditable());
        assertFalse(cell(sjakket, GridColumn.ASSESSMENT).isEditable());
        assertFalse(cell(rowOf("Green Teams Fritidsjob"), GridColumn.SCORE).isEditable());
        clickCell("Sjakket");
        push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB);
        enter("Min vurdering");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", value(sjakket, GridColumn.ASSESSMENT));
        assertEquals("0 ændrede rækker", lookup("#gridChanged").queryAs(Label.class).getText());
    }

    @Test
    void inALockedYearNothingIsEditable() throws Exception {
        try (Database db = TestDatabase.open(file)) {
            new WorkflowService(db.store(), new SubmissionService(db.store())).lockYear(TestActors.administrator(), SampleYear.YEAR, "Afsluttet");
        }
        signInAs(AppHarness.ADMIN_LOGIN, AppHarness.ADMIN_PASSWORD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cell(0, GridColumn.SCORE).isEditable());
        for (int r = 0; r < sheet().getGrid().getRowCount(); r++) {
            for (GridColumn column : GridColumn.values()) {
                assertFalse(cell(r, column).isEditable(), r + " " + column);
            }
            assertTrue(value(r, GridColumn.STATE).contains("låst"), value(r, GridColumn.STATE));
        }
    }

    @Test
    void gridAndFormShowTheSameValuesAfterASaveInEither() throws Exception {
        signInAs(AppHarness.ADMIN_LOGIN, AppHarness.ADMIN_PASSWORD);
        int sjakket = rowOf("Sjakket");
        clickCell("Sjakket");
        push(KeyCode.TAB).push(KeyCode.TAB);
        enter("3/4");
        clickOn("#gridSaveButton");
        awaitMessage("1 rækker er gemt.");

        clickOn("#gridModeButton");
        AppHarness.selectRow(this, "Sjakket");
        assertEquals("3", lookup("#metField").queryAs(TextField.class).getText());
        assertEquals("4", lookup("#totalField").queryAs(TextField.class).getText());

        clickOn("#metField").push(KeyCode.CONTROL, KeyCode.A).write("4");
        clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#saveResult").queryAs(Label.class).getText().equals("Gemt: Sjakket"));
        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> value(sjakket, GridColumn.SCORE).equals("4/4"));
    }
}
