package dk.sikkerby.indberetning.ui.overview;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.YearOverview;
import dk.sikkerby.indberetning.domain.YearOverview.DepartmentProgress;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The year's overview: the deadline and what is overdue, a table per department of how many
 * submissions are in each state, and the same as a stacked bar chart, which reads faster.
 */
public final class OverviewView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Stage stage = new Stage();
    private final AppContext context;
    private final Messages messages;
    private final int year;
    private final Label deadline = new Label();
    private final TableView<DepartmentProgress> table = new TableView<>();
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label status = new Label();
    private final CheckBox seeAll = new CheckBox();

    public OverviewView(AppContext context, Window owner, int year) {
        this.context = context;
        this.messages = context.messages();
        this.year = year;
        stage.initOwner(owner);
        stage.setTitle(messages.get("overview.title", year));
        deadline.setId("overviewDeadline");
        table.setId("overviewTable");
        table.setAccessibleText(messages.get("overview.title", year));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DepartmentProgress, String> department = new TableColumn<>(messages.get("column.department"));
        department.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().department().code()));
        table.getColumns().add(department);
        for (SubmissionState state : SubmissionState.values()) {
            TableColumn<DepartmentProgress, Number> column = new TableColumn<>(messages.get(state.key()));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count(state)));
            table.getColumns().add(column);
        }
        TableColumn<DepartmentProgress, Number> overdue = new TableColumn<>(messages.get("overview.overdue"));
        overdue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().overdue()));
        table.getColumns().add(overdue);
        chart.setId("overviewChart");
        chart.setTitle(messages.get("overview.chart"));
        chart.setAnimated(false);
        status.setId("overviewStatus");
        VBox root = new VBox(8, deadline, table, chart, status);
        if (context.actor().role() == Role.ADMINISTRATOR) {
            root.getChildren().add(1, deadlineEditor());
        }
        root.setId("overviewView");
        root.setPadding(new Insets(12));
        VBox.setVgrow(chart, Priority.ALWAYS);
        stage.setScene(new Scene(root, 860, 640));
        load();
    }

    private HBox deadlineEditor() {
        DatePicker picker = new DatePicker();
        picker.setId("deadlinePicker");
        picker.setAccessibleText(messages.get("overview.deadline.set"));
        Button set = new Button(messages.get("overview.deadline.set"));
        set.setId("deadlineSet");
        set.setOnAction(e -> context.background().run(() -> {
            context.workflow().setDeadline(context.actor(), year, picker.getValue());
            return year;
        }, done -> load(), this::fail));
        Label label = new Label(messages.get("overview.deadline.label"));
        label.setLabelFor(picker);
        seeAll.setId("coordinatorsSeeAll");
        seeAll.setText(messages.get("overview.seeAll"));
        seeAll.setOnAction(e -> context.background().run(() -> {
            context.workflow().setCoordinatorsSeeAll(context.actor(), year, seeAll.isSelected());
            return year;
        }, done -> load(), this::fail));
        return new HBox(8, label, picker, set, seeAll);
    }

    private void load() {
        context.background().run(() -> context.workflow().overview(context.actor(), year, LocalDate.now()),
                this::show, this::fail);
        context.background().run(() -> context.workflow().control(year),
                control -> seeAll.setSelected(control.coordinatorsSeeAll()), this::fail);
    }

    private void show(YearOverview overview) {
        deadline.setText(overview.deadline()
                .map(d -> messages.get("overview.deadline", d.format(DATE), overview.totalOverdue()))
                .orElse(messages.get("overview.noDeadline")));
        table.getItems().setAll(overview.departments());
        chart.getData().clear();
        for (SubmissionState state : SubmissionState.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(messages.get(state.key()));
            for (DepartmentProgress line : overview.departments()) {
                series.getData().add(new XYChart.Data<>(line.department().code(), line.count(state)));
            }
            chart.getData().add(series);
        }
    }

    private void fail(Throwable error) {
        status.setText(ErrorText.of(messages, error));
    }

    public void show() {
        stage.show();
    }
}
