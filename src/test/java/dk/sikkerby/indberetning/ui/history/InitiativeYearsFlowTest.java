package dk.sikkerby.indberetning.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.ThreeYearsOfSjakket;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.history.InitiativeYearsViewModel.YearLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The years side by side in the app, by id: the main table's trend marks, and the history window of an
 * initiative with three years (scores, trend, criteria, texts, its chart and the departments' chart).
 */
class InitiativeYearsFlowTest extends UiRobot {

    @TempDir
    Path dir;
    private AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("years").toString());
        try (Database db = TestDatabase.open(file)) {
            ThreeYearsOfSjakket.create(db);
        }
        harness = new AppHarness(dir.resolve("data"));
        harness.start(this, "--db", file.toString());
        AppHarness.awaitRows(this, 4);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    /** The main table's score column for {@code name}, as shown (score and trend mark). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String scoreCell(String name) {
        return UiRobot.onFx(() -> {
            TreeTableView table = lookup("#initiativeTable").queryAs(TreeTableView.class);
            TreeTableColumn nameColumn = (TreeTableColumn) table.getColumns().get(0);
            TreeTableColumn scoreColumn = (TreeTableColumn) table.getColumns().get(2);
            for (Object group : table.getRoot().getChildren()) {
                for (Object item : ((TreeItem) group).getChildren()) {
                    if (name.equals(nameColumn.getCellData((TreeItem) item))) {
                        return String.valueOf(scoreColumn.getCellData((TreeItem) item));
                    }
                }
            }
            return "";
        });
    }

    private void awaitScore(String name, String shown) {
        try {
            UiRobot.waitFor(10, () -> scoreCell(name).equals(shown));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(shown, scoreCell(name));
        }
    }

    @SuppressWarnings("unchecked")
    private List<YearLine> lines() {
        return UiRobot.onFx(() -> List.copyOf(lookup("#initiativeYearsTable").queryAs(TableView.class).getItems()));
    }

    private <T> List<T> column(Function<YearLine, T> value) {
        return lines().stream().map(value).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> criteria() {
        return UiRobot.onFx(() -> List.copyOf(lookup("#initiativeYearCriteria").queryAs(ListView.class).getItems()));
    }

    /** Each series of a chart by name: its points as "year: percent". */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> chart(String id) {
        return UiRobot.onFx(() -> {
            Map<String, List<String>> series = new TreeMap<>();
            for (XYChart.Series<Number, Number> s : ((LineChart<Number, Number>) lookup(id).queryAs(LineChart.class))
                    .getData()) {
                series.put(s.getName(), s.getData().stream().map(d -> d.getXValue().intValue() + ": "
                        + Math.round(d.getYValue().doubleValue())).toList());
            }
            return series;
        });
    }

    @Test
    void theTableMarksTheTrendAndTheWindowShowsEveryYear() throws Exception {
        awaitScore("Sjakket", "3/3 ▲");
        assertEquals("1/2 ▶", scoreCell("Københavnerteamet"), "same as last year");
        assertEquals("–", scoreCell("Green Teams Fritidsjob"), "no score, no mark");
        UiRobot.runFx(() -> lookup("#yearSelector").queryAs(ComboBox.class).setValue(2022));
        awaitScore("Sjakket", "1/2 ▼");

        AppHarness.selectRow(this, "Sjakket");
        // the form with three criteria is taller than the test's window: its panel is scrolled to, as a user would
        UiRobot.runFx(() -> lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#initiativeYearsButton");
        UiRobot.waitFor(10, () -> lookup("#initiativeYearsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
        assertEquals(List.of(2021, 2022, 2023), column(YearLine::year));
        assertEquals(List.of("2/3", "1/2", "3/3"), column(YearLine::score));
        assertEquals(List.of("", "▼ Dårligere end sidste år", "▲ Bedre end sidste år"), column(YearLine::trend));
        assertEquals(List.of("2 af 3 opfyldt · 0 udgår · 0 uden resultat", "1 af 2 opfyldt · 1 udgår · 0 uden resultat",
                "3 af 3 opfyldt · 0 udgår · 0 uden resultat"), column(YearLine::criteria));
        assertEquals(List.of("Note 2021", "Note 2022", "Note 2023"), column(YearLine::note));
        assertEquals(List.of("Vurdering 2021", "Vurdering 2022", "Vurdering 2023"), column(YearLine::assessment));

        assertEquals(List.of("1. Færre anmeldelser: Opfyldt [Videreført]", "2. Flere i fritidsjob: Opfyldt [Videreført]",
                "3. Tryghed: Opfyldt [Videreført]"), criteria(), "the newest year is chosen first");
        javafx.scene.Node years = lookup("#initiativeYearsTable").query();
        javafx.scene.Node cell = from(years).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> "2022".equals(c.getText())).query();
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("1. Færre anmeldelser: Opfyldt [Videreført]",
                "2. Flere i fritidsjob: Ikke opfyldt [Videreført]",
                "3. Tryghed: Udgår [Videreført], fordi: Ingen måling i år"), criteria());

        assertEquals(Map.of("Andel opfyldt", List.of("2021: 67", "2022: 50", "2023: 100")),
                chart("#initiativeTrendChart"));
        clickOn("Forvaltningerne over årene");
        Map<String, List<String>> departments = chart("#departmentTrendChart");
        assertEquals(List.of("2021: 60", "2022: 50", "2023: 80"), departments.get("SOF"),
                "Sjakket's criteria and Københavnerteamet's typed score together");
        assertEquals(List.of("2021: 100"), departments.get("KFF"));
        assertTrue(lookup("#departmentTrendChart").query().isVisible());
    }
}
