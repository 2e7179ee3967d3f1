package dk.sikkerby.indberetning.ui.grid;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The grid's column filters above it: department, score, state, a text found in any column, only changed
 * rows, and a button that shows every row again; each field has a label with a mnemonic (Alt+letter), and
 * the text field is also reached with Ctrl+Shift+F. Only binds to {@link GridFilter}.
 */
final class GridFilterBar {

    /** One choice of a filter: a value (null: every one) and what the list shows for it. */
    record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final GridViewModel model;
    private final Messages messages;
    private final TextField text = new TextField();

    GridFilterBar(GridViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** How many rows the filters show of how many: beside the grid's count of changed rows. */
    Label count() {
        Label count = new Label();
        count.setId("gridFilterCount");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("grid.filter.count", model.rows().size(), model.totalProperty().get()),
                model.rows(), model.totalProperty()));
        return count;
    }

    /** The filters on one line that never wraps: the text field gives way first. */
    HBox build() {
        GridFilter filter = model.filter();
        ComboBox<Choice<Department>> department = choices("gridFilterDepartment", filter.departmentProperty());
        Runnable fillDepartments = () -> {
            List<Choice<Department>> items = new ArrayList<>();
            items.add(new Choice<>(null, messages.get("grid.filter.all")));
            model.departments().forEach(d -> items.add(new Choice<>(d, d.code())));
            setItems(department, items, filter.departmentProperty().get());
        };
        model.departments().addListener((ListChangeListener<Department>) c -> fillDepartments.run());
        fillDepartments.run();

        ComboBox<Choice<GridFilter.ScoreKind>> score = choices("gridFilterScore", filter.scoreProperty());
        List<Choice<GridFilter.ScoreKind>> kinds = new ArrayList<>();
        for (GridFilter.ScoreKind kind : GridFilter.ScoreKind.values()) {
            kinds.add(new Choice<>(kind, messages.get(kind.key())));
        }
        setItems(score, kinds, filter.scoreProperty().get());

        ComboBox<Choice<SubmissionState>> state = choices("gridFilterState", filter.stateProperty());
        List<Choice<SubmissionState>> states = new ArrayList<>();
        states.add(new Choice<>(null, messages.get("grid.filter.all")));
        for (SubmissionState s : SubmissionState.values()) {
            states.add(new Choice<>(s, s.icon() + " " + messages.get(s.key())));
        }
        setItems(state, states, filter.stateProperty().get());

        text.setId("gridFilterText");
        text.setPromptText(messages.get("grid.filter.text.prompt"));
        text.setTooltip(new Tooltip(messages.get("grid.filter.text.tooltip")));
        // one line at 1280 px (decision 0803): the combo boxes as narrow as their longest choice, the text field
        // takes what is left and shrinks first
        text.setPrefColumnCount(12);
        text.setMinWidth(90);
        department.setPrefWidth(85);
        score.setPrefWidth(140);
        state.setPrefWidth(145);
        for (javafx.scene.control.Control box : List.of(department, score, state)) {
            box.setMinWidth(Region.USE_PREF_SIZE);
        }
        text.textProperty().bindBidirectional(filter.textProperty());

        CheckBox changed = new CheckBox(messages.get("grid.filter.changed"));
        changed.setId("gridFilterChanged");
        changed.setMnemonicParsing(true);
        changed.selectedProperty().bindBidirectional(filter.onlyChangedProperty());

        Button clear = new Button(messages.get("grid.filter.clear"));
        clear.setId("gridFilterClear");
        clear.setMnemonicParsing(true);
        clear.disableProperty().bind(filter.activeProperty().not());
        clear.setOnAction(e -> filter.clear());

        Label title = new Label(messages.get("grid.filter.title"));
        title.getStyleClass().add("grid-filter-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox search = labelled("grid.filter.text", text);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8, title,
                labelled("grid.filter.department", department), labelled("grid.filter.score", score),
                labelled("grid.filter.state", state), search, changed, clear);
        changed.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        bar.setId("gridFilterBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 8, 6, 8));
        return bar;
    }

    /** The text filter, for the Ctrl+Shift+F short cut. */
    TextField textField() {
        return text;
    }

    private HBox labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key).replace("_", ""));
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> ComboBox<Choice<T>> choices(String id, ObjectProperty<T> property) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null && !Objects.equals(choice.value(), property.get())) {
                property.set(choice.value());
            }
        });
        property.addListener((obs, old, value) -> select(box, value));
        return box;
    }

    private static <T> void setItems(ComboBox<Choice<T>> box, List<Choice<T>> items, T selected) {
        box.getItems().setAll(items);
        select(box, selected);
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().ifPresent(box::setValue);
    }
}
