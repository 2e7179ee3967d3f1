package dk.sikkerby.indberetning.ui.offline;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.offline.Resolution;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The preview of returned workbooks: what was found in the files, a table of rows with status and
 * changes, buttons that settle the selected conflicts either way, and the write. Only builds and binds.
 */
public final class ImportPreviewPane extends BorderPane {

    private final Messages messages;
    private final ImportPreviewViewModel model;

    public ImportPreviewPane(Messages messages, ImportPreviewViewModel model, Runnable onApplied, Runnable onClose) {
        this.messages = messages;
        this.model = model;
        setId("offlinePreview");

        ProgressBar progress = new ProgressBar();
        progress.setId("offlineProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.workingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label summary = label("offlineSummary");
        summary.textProperty().bind(model.summary());

        Label findingsLabel = new Label(messages.get("offline.import.findings"));
        ListView<String> findings = new ListView<>(model.findings());
        findings.setId("offlineFindings");
        findings.setAccessibleText(messages.get("offline.import.findings.accessible"));
        findings.setPrefHeight(140);
        findingsLabel.setLabelFor(findings);

        TableView<PreviewItem> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label detail = label("offlineDetail");
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            PreviewItem item = table.getSelectionModel().getSelectedItem();
            return item == null ? "" : messages.get("offline.import.detail", item.initiative(), item.changes());
        }, table.getSelectionModel().selectedItemProperty()));
        setCenter(new VBox(8, progress, findingsLabel, findings, summary, table, detail));

        Button keep = button("offlineKeepDatabase", "offline.import.keepDatabase",
                () -> model.resolve(List.copyOf(table.getSelectionModel().getSelectedItems()), Resolution.KEEP_DATABASE));
        Button take = button("offlineTakeWorkbook", "offline.import.takeWorkbook",
                () -> model.resolve(List.copyOf(table.getSelectionModel().getSelectedItems()), Resolution.TAKE_WORKBOOK));
        keep.setAccessibleText(messages.get("offline.import.keepDatabase.accessible"));
        take.setAccessibleText(messages.get("offline.import.takeWorkbook.accessible"));
        keep.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        take.disableProperty().bind(keep.disableProperty());
        Button apply = button("offlineApply", "offline.import.apply", () -> model.apply(onApplied));
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.canApply().not());
        Button cancel = button("offlineCancel", "offline.import.cancel", model::cancel);
        cancel.visibleProperty().bind(model.readingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button close = button("offlineClose", "offline.import.close", () -> {
            model.cancel();
            onClose.run();
        });
        close.setCancelButton(true);
        Label message = label("offlineMessage");
        message.textProperty().bind(model.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        setBottom(new VBox(8, message, new HBox(8, keep, take, gap, cancel, apply, close)));
        setPadding(new Insets(12));
    }

    private TableView<PreviewItem> table() {
        TableView<PreviewItem> table = new TableView<>(model.rows());
        table.setId("offlineRows");
        table.setAccessibleText(messages.get("offline.import.table.accessible"));
        table.setPlaceholder(new Label(messages.get("offline.import.table.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("offline.import.column.file", 180, i -> text(i.file())));
        table.getColumns().add(column("offline.import.column.initiative", 220, i -> text(i.initiative())));
        table.getColumns().add(column("offline.import.column.status", 110, i -> text(i.status())));
        table.getColumns().add(column("offline.import.column.resolution", 170, i -> i.isConflict()
                ? Bindings.createStringBinding(() -> model.resolutionText(i.resolutionProperty().get()), i.resolutionProperty())
                : text("")));
        table.getColumns().add(column("offline.import.column.changes", 400, i -> text(i.changes())));
        return table;
    }

    private TableColumn<PreviewItem, String> column(String key, double width,
                                                   Function<PreviewItem, ObservableValue<String>> value) {
        TableColumn<PreviewItem, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        return column;
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
