package dk.sikkerby.indberetning.ui.history;

import dk.sikkerby.indberetning.domain.DepartmentYear;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.history.InitiativeYearsViewModel.Point;
import dk.sikkerby.indberetning.ui.history.InitiativeYearsViewModel.YearLine;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One initiative over the years: a chart of the share of criteria met, a line per year (score, trend,
 * criteria, both texts) and the chosen year's criteria in full; a second tab charts every department's
 * share met across years. Reads in the background.
 */
public final class InitiativeYearsView {

    private final Stage stage = new Stage();
    private final Messages messages;
    private final InitiativeYearsViewModel model;
    private final TableView<YearLine> table = new TableView<>();
    private final ListView<String> criteria = new ListView<>();
    private final LineChart<Number, Number> trend = chart("initiativeTrendChart");
    private final LineChart<Number, Number> departments = chart("departmentTrendChart");
    private final Label status = new Label();
    private InitiativeHistory history;

    public InitiativeYearsView(Window owner, Messages messages, HistoryService histories, Background background,
                               int initiativeId, String name) {
        this.messages = messages;
        this.model = new InitiativeYearsViewModel(messages);
        stage.initOwner(owner);
        stage.setTitle(messages.get("history.years.title", name));
        table.setId("initiativeYearsTable");
        table.setAccessibleText(messages.get("history.years.title", name));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("history.years.year", l -> String.valueOf(l.year())),
                column("column.score", YearLine::score),
                column("history.years.trend", YearLine::trend),
                column("criteria.title", YearLine::criteria),
                column("column.note", YearLine::note),
                column("column.assessment", YearLine::assessment)));
        criteria.setId("initiativeYearCriteria");
        criteria.setAccessibleText(messages.get("criteria.title"));
        criteria.setPrefHeight(120);
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, index) -> criteria.getItems().setAll(
                history == null || index.intValue() < 0 ? List.of()
                        : model.criteriaOf(history.years().get(index.intValue()))));
        status.setId("initiativeYearsStatus");
        VBox initiative = new VBox(8, trend, table, criteria, status);
        initiative.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox overview = new VBox(8, departments);
        overview.setPadding(new Insets(12));
        VBox.setVgrow(departments, Priority.ALWAYS);
        Tab one = new Tab(messages.get("history.years.initiativeTab"), initiative);
        Tab all = new Tab(messages.get("history.years.departmentsTab"), overview);
        one.setClosable(false);
        all.setClosable(false);
        TabPane tabs = new TabPane(one, all);
        tabs.setId("initiativeYearsView");
        stage.setScene(new Scene(tabs, 960, 700));
        background.run(() -> Map.entry(histories.history(initiativeId), histories.departmentYears()),
                loaded -> show(loaded.getKey(), loaded.getValue()), e -> status.setText(ErrorText.of(messages, e)));
    }

    public void show() {
        stage.show();
    }

    private void show(InitiativeHistory loaded, Map<String, TreeMap<Integer, DepartmentYear>> byDepartment) {
        history = loaded;
        table.getItems().setAll(model.lines(loaded));
        List<Point> shares = model.trend(loaded);
        trend.getData().setAll(List.of(series(messages.get("history.years.shareMet"), shares)));
        fitYears(trend, shares);
        departments.getData().clear();
        Map<String, List<Point>> byCode = model.departments(byDepartment);
        byCode.forEach((code, points) -> departments.getData().add(series(code, points)));
        fitYears(departments, byCode.values().stream().flatMap(List::stream).toList());
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectLast();
        }
    }

    /** One tick per year, from the first to the last year shown (auto-ranging would repeat a year's label). */
    private static void fitYears(LineChart<Number, Number> chart, List<Point> points) {
        NumberAxis years = (NumberAxis) chart.getXAxis();
        if (points.isEmpty()) {
            return;
        }
        int first = points.stream().mapToInt(Point::year).min().orElseThrow();
        int last = points.stream().mapToInt(Point::year).max().orElseThrow();
        years.setAutoRanging(false);
        years.setLowerBound(first - 0.5);
        years.setUpperBound(last + 0.5);
        years.setTickUnit(1);
    }

    private static XYChart.Series<Number, Number> series(String name, List<Point> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        points.forEach(p -> series.getData().add(new XYChart.Data<>(p.year(), p.percent())));
        return series;
    }

    private LineChart<Number, Number> chart(String id) {
        NumberAxis years = new NumberAxis();
        years.setForceZeroInRange(false);
        years.setMinorTickVisible(false);
        years.setTickUnit(1);
        years.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                // ticks fall on whole years; the half-years at the edges get no label
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel("%");
        LineChart<Number, Number> chart = new LineChart<>(years, percent);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        return chart;
    }

    private TableColumn<YearLine, String> column(String key, Function<YearLine, String> value) {
        TableColumn<YearLine, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
