package dk.sikkerby.indberetning.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app from an empty database: File → Import…, the 2021 file, confirm, and the year is in
 * the table; then a corrected file, confirmed with "replace", changes the year that is shown, and the
 * row's history names both files.
 */
class ImportMenuFlowTest extends UiRobot {

    private static final Path FILE = Sample2021.path().toAbsolutePath();

    @TempDir
    Path dir;
    private AppHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void aNewUserLoadsThe2021AppendixThroughTheFileMenuAndACorrectedFileReplacesTheShownYear() throws Exception {
        harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", dir.resolve("new").toString());
        assertEquals(0, AppHarness.countRows(this));

        importThroughTheMenu(FILE, false);

        AppHarness.awaitRows(this, 25);
        assertEquals(25, AppHarness.countRows(this));
        assertTrue(scoreShown("10/10"));

        Path corrected = Files.writeString(dir.resolve("corrected.txt"),
                Files.readString(FILE).replace("\t10/10\t", "\t9/10\t"));
        importThroughTheMenu(corrected, true);

        UiRobot.waitFor(30, () -> scoreShown("9/10"));
        assertFalse(scoreShown("10/10"));

        // the history names the file each imported change came from
        clickOn(lookup(".tree-table-cell").match((TreeTableCell<?, ?> c) -> "Sjakket".equals(c.getText())).<Node>query());
        clickOn("#historyButton");
        UiRobot.waitFor(10, () -> cellShown("Import (corrected.txt)"));
        assertTrue(cellShown("Import (bilag1-2021.txt)"));
    }

    private boolean cellShown(String text) {
        return lookup(".table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText())).tryQuery().isPresent();
    }

    private void importThroughTheMenu(Path file, boolean replace) throws Exception {
        UiRobot.waitFor(30, () -> !lookup("#menuBar").query().isDisabled());
        clickOn("#menuFile").clickOn("#menuImport");
        UiRobot.waitFor(10, () -> lookup("#importFile").tryQuery().isPresent());
        clickOn("#importFile").write(file.toString());
        clickOn("#importPreview");
        UiRobot.waitFor(30, () -> lookup("#importStatus").queryAs(Label.class).getText()
                .startsWith(replace ? "Ting i databasen" : "Klar"));
        if (replace) {
            clickOn("#importReplace");
        }
        clickOn("#importConfirm");
        UiRobot.waitFor(30, () -> lookup("#importStatus").queryAs(Label.class).getText().startsWith("Importeret"));
        clickOn("#importClose");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True if the main table shows this score in some row. */
    private boolean scoreShown(String score) {
        return lookup(".tree-table-cell").match((TreeTableCell<?, ?> c) -> score.equals(c.getText())).tryQuery().isPresent();
    }
}
