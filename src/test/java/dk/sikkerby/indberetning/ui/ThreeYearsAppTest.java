package dk.sikkerby.indberetning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportResult;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.importer.Outcome;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.history.InitiativeYearsViewModel.YearLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import dk.sikkerby.indberetning.ui.main.TableItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The round trip, in the app and by id: the 2020 appendix (Sjakket still "Sjakket Gadeplan") and
 * the real 2021 one imported; 2022 made from 2021 with "new year" and Sjakket's criteria listed and
 * filled in the editor; 2023 made from 2022, the carried-over criteria assessed; the rename linked in
 * the link dialog; the history window then runs over all four years.
 */
class ThreeYearsAppTest extends UiRobot {

    @TempDir
    Path dir;
    private AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("years").toString());
        Path appendix2020 = dir.resolve("bilag1-2020.txt");
        Files.writeString(appendix2020, Files.readString(Sample2021.path(), StandardCharsets.UTF_8)
                .replace("2021", "2020").replace("Sjakket\tSOF\t10/10", "Sjakket Gadeplan\tSOF\t8/10"),
                StandardCharsets.UTF_8);
        try (Database db = TestDatabase.open(file)) {
            importAppendix(db, appendix2020, 2020);
            importAppendix(db, Sample2021.path(), 2021);
        }
        harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 25);
        UiRobot.waitFor(20, () -> !lookup("#menuBar").query().isDisabled());
    }

    private static void importAppendix(Database db, Path appendix, int year) {
        ImportResult result = new ImportService(db.store()).run(TestActors.administrator(), appendix,
                new ImportRequest(Optional.of(year), false, false), Progress.NONE);
        assertEquals(Outcome.IMPORTED, result.outcome(), () -> result.findings().toString());
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void choose(String comboId, String text) throws TimeoutException {
        AppHarness.chooseInCombo(this, comboId, text);
    }

    private void newYear(int year) throws TimeoutException {
        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(String.valueOf(year), lookup("#newYearDialogField").queryTextInputControl().getText());
        clickOn("OK");
        showYear(year);
    }

    @SuppressWarnings("unchecked")
    private void showYear(int year) throws TimeoutException {
        ComboBox<?> years = lookup("#yearSelector").queryAs(ComboBox.class);
        // not waited for: a question about unsaved changes would wait for an answer
        WaitForAsyncUtils.asyncFx(() -> ((ComboBox<Integer>) years).setValue(year));
        UiRobot.waitFor(20, () -> Integer.valueOf(year).equals(lookup("#yearSelector").queryAs(ComboBox.class).getValue())
                && tableYear() == year);
    }

    /** The year of the rows the main table shows (0 if none). */
    private int tableYear() {
        TreeTableView<?> table = lookup("#initiativeTable").queryAs(TreeTableView.class);
        if (table.getRoot() == null || table.getRoot().getChildren().isEmpty()) {
            return 0;
        }
        return ((TableItem) table.getRoot().getChildren().get(0).getValue()).category().year();
    }

    private void selectSjakket() throws TimeoutException {
        clickOn("#searchField").push(KeyCode.CONTROL, KeyCode.A).write("Sjakket");
        AppHarness.selectRow(this, "Sjakket");
    }

    private void save() throws TimeoutException {
        clickOn("#saveButton");
        UiRobot.waitFor(10, () -> label("#saveResult").equals("Gemt: Sjakket")
                && lookup("#saveButton").queryButton().isDisabled());
    }

    @Test
    void threeYearsFilledInTheAppAndARenameLinkedMakeOneHistory() throws Exception {
        newYear(2022);
        selectSjakket();
        assertEquals("Ingen listet: målopfyldelsen skrives som tal", label("#criteriaSum"), "2021 had no criteria");
        String[] texts = {"Færre anmeldelser", "Flere i fritidsjob", "Tryghed"};
        String[] outcomes = {"Opfyldt", "Opfyldt", "Ikke opfyldt"};
        for (int n = 1; n <= 3; n++) {
            clickOn("#addCriterionButton");
            clickOn("#criterionText-" + n).write(texts[n - 1]);
            choose("#criterionOutcome-" + n, outcomes[n - 1]);
        }
        assertEquals("2 af 3 opfyldt · 0 udgår · 0 uden resultat", label("#criteriaSum"));
        save();

        newYear(2023);
        selectSjakket();
        UiRobot.waitFor(10, () -> lookup("#criterionText-3").tryQuery().isPresent());
        assertEquals("Tryghed", lookup("#criterionText-3").queryAs(TextField.class).getText(), "carried over");
        assertEquals("0 af 0 opfyldt · 0 udgår · 3 uden resultat", label("#criteriaSum"));
        for (int n = 1; n <= 3; n++) {
            choose("#criterionOutcome-" + n, "Opfyldt");
        }
        save();

        showYear(2021);
        UiRobot.waitFor(10, () -> "10".equals(lookup("#metField").queryAs(TextField.class).getText()));
        assertTrue(lookup("#saveButton").queryButton().isDisabled(), "2021's Sjakket shown, nothing to save");
        clickOn("#menuYear").clickOn("Knyt omdøbte indsatser…");
        UiRobot.waitFor(10, () -> lookup("#linkTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        assertEquals("Sjakket Gadeplan (SOF, 64 % ens navn)",
                UiRobot.onFx(() -> lookup("#linkPredecessor").queryAs(ComboBox.class).getButtonCell().getText()));
        push(KeyCode.ALT, KeyCode.K);
        clickOn("#linkApply");
        UiRobot.waitFor(10, () -> label("#linkMessage").equals("Knyttet: 1"));
        clickOn("#linkClose");

        showYear(2023);
        selectSjakket();
        UiRobot.runFx(() -> lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        clickOn("#initiativeYearsButton");
        UiRobot.waitFor(10, () -> lookup("#initiativeYearsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 4).orElse(false));
        @SuppressWarnings("unchecked")
        List<YearLine> lines = UiRobot.onFx(() -> List.copyOf(
                lookup("#initiativeYearsTable").queryAs(TableView.class).getItems()));
        assertEquals(List.of("2020 8/10", "2021 10/10 ▲ Bedre end sidste år", "2022 2/3 ▼ Dårligere end sidste år",
                "2023 3/3 ▲ Bedre end sidste år"), lines.stream()
                .map(l -> (l.year() + " " + l.score() + " " + l.trend()).strip()).toList());
    }
}
