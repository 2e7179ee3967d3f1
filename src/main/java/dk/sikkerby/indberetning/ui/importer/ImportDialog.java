package dk.sikkerby.indberetning.ui.importer;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.importcore.Severity;
import java.io.File;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Import…: choose a file (and a year), see the preview (what will be created and changed,
 * every finding with its line), tick "replace" if stored rows change, and confirm. Builds and binds
 * only; the state and the commands are {@link ImportViewModel}'s.
 */
public final class ImportDialog extends Stage {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ImportViewModel model;
    private final Messages messages;

    public ImportDialog(ImportViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setTitle(messages.get("importer.title"));
        BorderPane root = new BorderPane();
        root.setId("importDialog");
        root.setPadding(new Insets(12));
        root.setTop(chooser());
        root.setCenter(preview());
        root.setBottom(footer());
        Scene scene = new Scene(root, 980, 720);
        for (String css : new String[] {"/dk/sikkerby/indberetning/ui/app.css", "importer.css"}) {
            scene.getStylesheets().add(Objects.requireNonNull(ImportDialog.class.getResource(css)).toExternalForm());
        }
        setScene(scene);
    }

    private Node chooser() {
        TextField file = new TextField();
        file.setId("importFile");
        file.setAccessibleText(messages.get("importer.file.accessible"));
        file.textProperty().bindBidirectional(model.fileProperty());
        GridPane.setHgrow(file, Priority.ALWAYS);
        Button choose = button("importChoose", "importer.file.choose", "importer.file.choose.accessible", this::chooseFile);
        TextField year = new TextField();
        year.setId("importYear");
        year.setPrefColumnCount(6);
        year.setAccessibleText(messages.get("importer.year.accessible"));
        year.textProperty().bindBidirectional(model.yearProperty());
        Button preview = button("importPreview", "importer.preview", "importer.preview.accessible", model::preview);
        preview.disableProperty().bind(model.canPreview().not());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(0, 0, 12, 0));
        grid.addRow(0, label("importer.file", file), file, choose);
        grid.addRow(1, label("importer.year", year), new HBox(8, year, preview));
        return grid;
    }

    private Node preview() {
        ListView<String> plan = new ListView<>(model.planLines());
        plan.setId("importPlan");
        plan.setAccessibleText(messages.get("importer.plan.accessible"));
        TableView<FindingRow> findings = new TableView<>(model.findings());
        findings.setId("importFindings");
        findings.setAccessibleText(messages.get("importer.findings.accessible"));
        findings.setPlaceholder(new Label(messages.get("importer.findings.none")));
        findings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        findings.getColumns().add(column("importer.column.where", 150, FindingRow::where));
        findings.getColumns().add(column("importer.column.severity", 90, FindingRow::severityText));
        findings.getColumns().add(column("importer.column.message", 600, FindingRow::message));
        findings.getStyleClass().add("import-findings");
        findings.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FindingRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean shown = !empty && row != null;
                pseudoClassStateChanged(ERROR, shown && row.severity() == Severity.ERROR);
                pseudoClassStateChanged(WARNING, shown && row.severity() == Severity.WARNING);
                setTooltip(shown ? wrapped(row.message()) : null);
            }
        });
        SplitPane split = new SplitPane(section("importer.plan", plan), section("importer.findings", findings));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private Node footer() {
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.workingProperty());
        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        CheckBox replace = new CheckBox(messages.get("importer.replace"));
        replace.setId("importReplace");
        replace.setAccessibleText(messages.get("importer.replace.accessible"));
        replace.selectedProperty().bindBidirectional(model.replaceProperty());
        replace.visibleProperty().bind(model.replaceNeeded());
        replace.managedProperty().bind(model.replaceNeeded());
        Button confirm = button("importConfirm", "importer.confirm", "importer.confirm.accessible", model::confirm);
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.canImport().not());
        Button close = button("importClose", "importer.close", "importer.close", this::close);
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, spacer, confirm, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox footer = new VBox(8, status, replace, buttons);
        footer.setPadding(new Insets(12, 0, 0, 0));
        return footer;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("importer.file.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("importer.file.filter"), "*.txt", "*.tsv"));
        File chosen = chooser.showOpenDialog(this);
        if (chosen != null) {
            model.fileProperty().set(chosen.getAbsolutePath());
        }
    }

    private static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(600);
        return tooltip;
    }

    private Button button(String id, String key, String accessibleKey, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(accessibleKey));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Label label(String key, Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        return label;
    }

    private Node section(String key, Region content) {
        Label title = new Label(messages.get(key));
        title.setLabelFor(content);
        title.getStyleClass().add("title-4");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(4, title, content);
        box.setPadding(new Insets(4));
        return box;
    }

    private TableColumn<FindingRow, String> column(String key, double width, Function<FindingRow, String> value) {
        TableColumn<FindingRow, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
