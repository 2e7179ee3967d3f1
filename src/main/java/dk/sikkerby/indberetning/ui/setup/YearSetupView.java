package dk.sikkerby.indberetning.ui.setup;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesDialog;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The year set-up: years (title, department-note label), departments, the year's categories in
 * order and its initiatives. Enough to start from an empty database without the importer.
 */
public final class YearSetupView extends Stage {

    private final Messages messages;
    private final YearSetupViewModel model;
    private final AppContext context;

    public YearSetupView(AppContext context, Window owner, Integer year) {
        this.context = context;
        this.messages = context.messages();
        this.model = new YearSetupViewModel(messages, context.setup(), context.submissions(), context.actor(),
                context.background());
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("setup.title"));

        ComboBox<Integer> yearBox = new ComboBox<>();
        yearBox.setId("setupYear");
        yearBox.setAccessibleText(messages.get("setup.year.accessible"));
        model.years().addListener((javafx.collections.ListChangeListener<ReportYear>) c ->
                yearBox.getItems().setAll(model.years().stream().map(ReportYear::year).toList()));
        yearBox.valueProperty().bindBidirectional(model.yearProperty());
        Label yearLabel = new Label(messages.get("setup.year"));
        yearLabel.setLabelFor(yearBox);

        TabPane tabs = new TabPane(yearsTab(), departmentsTab(), categoriesTab(), initiativesTab());
        tabs.setId("setupTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label message = new Label();
        message.setId("setupMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button close = new Button(messages.get("setup.close"));
        close.setId("setupClose");
        close.setCancelButton(true);
        close.setOnAction(e -> close());

        BorderPane root = new BorderPane(tabs);
        root.setTop(new HBox(8, yearLabel, yearBox));
        root.setBottom(new VBox(8, message, close));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 760, 560);
        scene.getStylesheets().add(Objects.requireNonNull(
                YearSetupView.class.getResource("/dk/sikkerby/indberetning/ui/app.css")).toExternalForm());
        setScene(scene);
        model.yearProperty().set(year);
        model.reloadAll();
    }

    private Tab yearsTab() {
        ListView<ReportYear> list = list("setupYears", model.years(),
                y -> y.year() + " – " + y.title() + " (" + y.noteLabel() + ")");
        TextField year = field("setupNewYear", "setup.year.number");
        TextField title = field("setupYearTitle", "setup.year.title");
        TextField label = field("setupYearLabel", "setup.year.noteLabel");
        year.textProperty().addListener((o, a, b) -> {
            if (b.strip().matches("[0-9]{4}")) {
                title.setText(ReportYear.defaultTitle(Integer.parseInt(b.strip())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, y) -> {
            if (y != null) {
                year.setText(String.valueOf(y.year()));
                title.setText(y.title());
                label.setText(y.noteLabel());
            }
        });
        Button create = button("setupCreateYear", "setup.year.create",
                () -> model.createYear(year.getText(), title.getText(), label.getText()));
        Button update = button("setupUpdateYear", "setup.year.update", () -> {
            ReportYear selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.updateYear(new ReportYear(selected.year(), title.getText(), label.getText()));
            }
        });
        update.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        return tab("setupTabYears", "setup.tab.years", list,
                form(year, "setup.year.number", title, "setup.year.title", label, "setup.year.noteLabel"),
                new HBox(8, create, update));
    }

    private Tab departmentsTab() {
        ListView<Department> list = list("setupDepartments", model.departments(), d -> d.code() + " – " + d.name());
        TextField code = field("setupDepartmentCode", "setup.department.code");
        TextField name = field("setupDepartmentName", "setup.department.name");
        Button add = button("setupAddDepartment", "setup.add", () -> model.addDepartment(code.getText(), name.getText()));
        return tab("setupTabDepartments", "setup.tab.departments", list,
                form(code, "setup.department.code", name, "setup.department.name"), new HBox(8, add));
    }

    private Tab categoriesTab() {
        ListView<Category> list = list("setupCategories", model.categories(), Category::name);
        TextField name = field("setupCategoryName", "setup.category.name");
        Button add = button("setupAddCategory", "setup.add", () -> model.addCategory(name.getText()));
        Button up = button("setupCategoryUp", "setup.up", () -> move(list, -1));
        Button down = button("setupCategoryDown", "setup.down", () -> move(list, 1));
        return tab("setupTabCategories", "setup.tab.categories", list,
                form(name, "setup.category.name"), new HBox(8, add, up, down));
    }

    private void move(ListView<Category> list, int direction) {
        Category selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.moveCategory(selected, direction);
        }
    }

    private void moveInitiative(ListView<InitiativeRow> list, int direction) {
        InitiativeRow selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.moveInitiative(selected, direction);
        }
    }

    private Tab initiativesTab() {
        ListView<InitiativeRow> list = list("setupInitiatives", model.initiatives(),
                r -> r.name() + " – " + r.department().code() + " – " + r.category().name());
        TextField name = field("setupInitiativeName", "setup.initiative.name");
        ComboBox<Department> department = new ComboBox<>(model.departments());
        department.setId("setupInitiativeDepartment");
        department.setAccessibleText(messages.get("setup.initiative.department"));
        department.setCellFactory(l -> cell(d -> d.code() + " – " + d.name()));
        department.setButtonCell(cell(d -> d.code() + " – " + d.name()));
        ComboBox<Category> category = new ComboBox<>(model.categories());
        category.setId("setupInitiativeCategory");
        category.setAccessibleText(messages.get("setup.initiative.category"));
        category.setCellFactory(l -> cell(Category::name));
        category.setButtonCell(cell(Category::name));
        Button add = button("setupAddInitiative", "setup.add",
                () -> model.addInitiative(name.getText(), department.getValue(), category.getValue()));
        Button up = button("setupInitiativeUp", "setup.up", () -> moveInitiative(list, -1));
        Button down = button("setupInitiativeDown", "setup.down", () -> moveInitiative(list, 1));
        Button link = button("setupLinkInitiatives", "link.open", this::openLinks);
        link.disableProperty().bind(model.yearProperty().isNull());
        return tab("setupTabInitiatives", "setup.tab.initiatives", list,
                form(name, "setup.initiative.name", department, "setup.initiative.department",
                        category, "setup.initiative.category"), new HBox(8, add, up, down, link));
    }

    /** A renamed initiative added to the year is linked to the one it continues (decision 0701). */
    private void openLinks() {
        Integer year = model.yearProperty().get();
        if (year != null) {
            LinkInitiativesDialog.forYear(context, this, year).showAndWait();
        }
    }

    private Tab tab(String id, String key, Node list, Node form, Node buttons) {
        VBox box = new VBox(8, list, form, buttons);
        box.setPadding(new Insets(8));
        Tab tab = new Tab(messages.get(key), box);
        tab.setId(id);
        return tab;
    }

    private GridPane form(Object... fieldsAndKeys) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < fieldsAndKeys.length; i += 2) {
            Node field = (Node) fieldsAndKeys[i];
            Label label = new Label(messages.get((String) fieldsAndKeys[i + 1]));
            label.setLabelFor(field);
            grid.addRow(i / 2, label, field);
        }
        return grid;
    }

    private TextField field(String id, String key) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(key));
        field.setPrefColumnCount(30);
        return field;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private <T> ListView<T> list(String id, javafx.collections.ObservableList<T> items, Function<T, String> text) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(messages.get("setup.list.accessible"));
        list.setPrefHeight(220);
        list.setCellFactory(l -> cell(text));
        return list;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
