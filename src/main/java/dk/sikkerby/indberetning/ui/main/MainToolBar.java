package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.util.StringConverter;

/**
 * The main window's tool bar: the year selector, the department and state filters and the search field,
 * all bound to the {@link MainViewModel}. Choosing another year with unsaved changes asks first.
 */
final class MainToolBar {

    private final MainViewModel model;
    private final Messages messages;
    private final BooleanSupplier mayLeave;
    private boolean reverting;

    /** {@code mayLeave}: asks about unsaved changes; false keeps the year shown. */
    MainToolBar(MainViewModel model, Messages messages, BooleanSupplier mayLeave) {
        this.model = model;
        this.messages = messages;
        this.mayLeave = mayLeave;
    }

    ToolBar build() {
        ComboBox<Integer> years = new ComboBox<>();
        years.setId("yearSelector");
        years.setAccessibleText(messages.get("main.year.accessible"));
        model.years().addListener((javafx.collections.ListChangeListener<YearSummary>) c ->
                years.getItems().setAll(model.years().stream().map(y -> y.year().year()).toList()));
        years.valueProperty().bindBidirectional(model.selectedYearProperty());
        years.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? "" : String.valueOf(year);
            }

            @Override
            public Integer fromString(String s) {
                return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
            }
        });
        years.valueProperty().addListener((obs, old, year) -> {
            if (!reverting && old != null && year != null && !old.equals(year) && !mayLeave.getAsBoolean()) {
                reverting = true;
                years.setValue(old);
                reverting = false;
            }
        });

        ComboBox<Department> departments = new ComboBox<>(model.departments());
        departments.setId("departmentFilter");
        departments.setAccessibleText(messages.get("main.department.accessible"));
        departments.valueProperty().bindBidirectional(model.departmentFilterProperty());
        departments.setButtonCell(departmentCell());
        departments.setCellFactory(list -> departmentCell());
        departments.setPrefWidth(260);

        TextField search = new TextField();
        search.setId("searchField");
        search.setPromptText(messages.get("main.search.prompt"));
        search.setAccessibleText(messages.get("main.search.accessible"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(22);

        ComboBox<SubmissionState> states = new ComboBox<>();
        states.setId("stateFilter");
        states.setAccessibleText(messages.get("main.state.accessible"));
        states.getItems().add(null);
        states.getItems().addAll(SubmissionState.values());
        states.valueProperty().bindBidirectional(model.stateFilterProperty());
        states.setButtonCell(stateCell());
        states.setCellFactory(list -> stateCell());

        Label yearLabel = new Label(messages.get("main.year"));
        yearLabel.setLabelFor(years);
        Label departmentLabel = new Label(messages.get("main.department"));
        departmentLabel.setLabelFor(departments);
        Label stateLabel = new Label(messages.get("main.state"));
        stateLabel.setLabelFor(states);
        return new ToolBar(yearLabel, years, departmentLabel, departments, stateLabel, states, search);
    }

    private ListCell<Department> departmentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Department d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.code().isEmpty() ? messages.get("main.department.all")
                        : d.code() + " – " + d.name());
            }
        };
    }

    private ListCell<SubmissionState> stateCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SubmissionState state, boolean empty) {
                super.updateItem(state, empty);
                setText(empty ? null : state == null ? messages.get("main.state.all") : stateText(messages, state));
            }
        };
    }

    static String stateText(Messages messages, SubmissionState state) {
        return state.icon() + " " + messages.get(state.key());
    }
}
