package dk.sikkerby.indberetning.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.SampleUsers;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The grid's column filters by keyboard, and the question about unsaved grid rows, through the whole app by id. */
class GridFiltersAndGuardFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private DatabaseFile file;
    private AppHarness harness;

    @BeforeEach
    void start() throws TimeoutException {
        file = DatabaseFile.of(dir.resolve("grid").toString());
        SampleUsers.create(file);
        harness = new AppHarness(dir.resolve("data"));
        harness.launch(this, "--db", file.toString());
        AppHarness.signIn(this, AppHarness.ADMIN_LOGIN, AppHarness.ADMIN_PASSWORD);
        AppHarness.awaitRows(this, 4);
        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#initiativeGrid").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private List<String> shownInitiatives() {
        SpreadsheetView sheet = lookup("#initiativeGrid").queryAs(SpreadsheetView.class);
        List<String> names = new ArrayList<>();
        for (int r = 0; r < sheet.getGrid().getRowCount(); r++) {
            names.add(String.valueOf(sheet.getGrid().getRows().get(r).get(GridColumn.INITIATIVE.ordinal()).getItem()));
        }
        return names;
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void typeScoreIn(String initiative, String score) throws TimeoutException {
        Node[] found = new Node[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            found[0] = lookup("#initiativeGrid .spreadsheet-cell")
                    .match((TableCell<?, ?> c) -> initiative.equals(c.getText())).tryQuery().orElse(null);
            return found[0] != null;
        });
        clickOn(found[0]);
        push(KeyCode.TAB).push(KeyCode.TAB);
        for (char c : score.toCharArray()) {
            type(c == '/' ? KeyCode.SLASH : KeyCode.getKeyCode(String.valueOf(c)));
        }
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, Score> storedScores() {
        try (Database db = TestDatabase.open(file)) {
            return new SubmissionService(db.store()).loadYear(SampleYear.YEAR).rows().stream()
                    .collect(Collectors.toMap(InitiativeRow::name, InitiativeRow::score));
        }
    }

    @Test
    void theFiltersNarrowTheGridByKeyboardAndShowEveryRowAgain() throws Exception {
        List<String> all = shownInitiatives();
        assertEquals(4, all.size());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F); // to the text filter
        assertTrue(lookup("#gridFilterText").queryAs(TextField.class).isFocused());
        write("sjak");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Sjakket"), shownInitiatives());
        assertEquals("Viser 1 af 4 rækker", text("#gridFilterCount"));

        push(KeyCode.TAB).push(KeyCode.TAB); // past "only changed rows" to "show all rows"
        assertTrue(lookup("#gridFilterClear").query().isFocused());
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, shownInitiatives(), "show all rows, by keyboard");
        assertEquals("", lookup("#gridFilterText").queryAs(TextField.class).getText());

        clickOn("#gridFilterDepartment");
        push(KeyCode.DOWN).push(KeyCode.ENTER); // the first department after "Alle"
        WaitForAsyncUtils.waitForFxEvents();
        List<String> oneDepartment = shownInitiatives();
        assertTrue(oneDepartment.size() < all.size() && !oneDepartment.isEmpty(), oneDepartment.toString());

        clickOn("#gridFilterClear");
        typeScoreIn("Sjakket", "2/2");
        clickOn("#gridFilterScore");
        push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER); // "Alle mål nået"
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Sjakket"), shownInitiatives(), "judged by the typed score");
        assertEquals("1 ændrede rækker", text("#gridChanged"));
    }

    @Test
    void theFilterBarFitsOneLineOfTheDefaultWindowAndTabReachesEveryFilter() {
        assertEquals(1280, UiRobot.onFx(() -> lookup("#gridFilterBar").query().getScene().getWidth()));
        javafx.scene.layout.Pane bar = lookup("#gridFilterBar").queryAs(javafx.scene.layout.Pane.class);
        UiRobot.onFx(() -> {
            double line = lookup("#gridFilterDepartment").query().getBoundsInParent().getHeight();
            assertTrue(bar.getHeight() < 2 * line, "one line: " + bar.getHeight() + " high, a filter " + line);
            for (Node child : bar.getChildren()) {
                javafx.geometry.Bounds b = child.getBoundsInParent();
                assertTrue(b.getMaxX() <= bar.getWidth() + 0.5, child + " ends at " + b.getMaxX() + " of " + bar.getWidth());
                assertTrue(b.getWidth() >= child.minWidth(-1) - 0.5, child + " squeezed below its minimum");
            }
            return null;
        });
        assertTrue(lookup("#gridFilterText").query().getBoundsInLocal().getWidth() >= 90, "the text field stays usable");

        clickOn("#gridFilterDepartment");
        push(KeyCode.DOWN).push(KeyCode.ENTER); // a department, so that "show all rows" is enabled
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            reached.add(UiRobot.onFx(() -> bar.getScene().getFocusOwner().getId()));
        }
        assertEquals(List.of("gridFilterScore", "gridFilterState", "gridFilterText", "gridFilterChanged", "gridFilterClear"),
                reached);
    }

    @Test
    void leavingTheGridWithUnsavedRowsAsksAndCancelDiscardOrSaveDoWhatTheySay() throws Exception {
        typeScoreIn("Sjakket", "1/2");
        assertEquals("1 ændrede rækker", text("#gridChanged"));

        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsavedDialog").tryQuery().isPresent());
        clickOn("#unsavedCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#initiativeGrid").tryQuery().isPresent(), "cancel: still in the grid");
        assertEquals("1 ændrede rækker", text("#gridChanged"));

        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsavedDialog").tryQuery().isPresent());
        clickOn("#unsavedSave");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#initiativeGrid").tryQuery().isEmpty());
        assertEquals(Score.of(1, 2), storedScores().get("Sjakket"), "saved, then on to the table");

        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#initiativeGrid").tryQuery().isPresent());
        typeScoreIn("Sjakket", "2/2");
        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsavedDialog").tryQuery().isPresent());
        clickOn("#unsavedDiscard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#initiativeGrid").tryQuery().isEmpty());
        assertEquals(Score.of(1, 2), storedScores().get("Sjakket"), "discarded: nothing written");
        clickOn("#gridModeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#initiativeGrid").tryQuery().isPresent());
        assertEquals("0 ændrede rækker", text("#gridChanged"));
        assertFalse(lookup("#gridCancelSaveButton").query().isVisible(), "no save under way");
    }
}
