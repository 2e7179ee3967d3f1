package dk.sikkerby.indberetning.ui.history;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Times;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A submission's audit trail in order: when, who, which action (for an import or a returned
 * workbook, from which file), which field, from what to what.
 * Choosing a row shows the text as it was before and after that change, so an earlier version of a
 * note or an assessment can be read in full.
 */
public final class HistoryView {

    private final Stage stage = new Stage();
    private final Messages messages;
    private final TableView<AuditEntry> table = new TableView<>();
    private final TextArea before = area("historyBefore");
    private final TextArea after = area("historyAfter");
    private final Label status = new Label();
    /** The files imported changes came from, by their moment: "Import (bilag1-2021.txt)". */
    private Map<Instant, String> sources = Map.of();

    public HistoryView(Window owner, Messages messages, WorkflowService workflow, Background background,
                       InitiativeRow row) {
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("history.title", row.name()));
        table.setId("historyTable");
        table.setAccessibleText(messages.get("history.title", row.name()));
        table.setPlaceholder(new Label(messages.get("history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("history.when", e -> Times.dateTime(e.changedAt())),
                column("history.who", e -> e.actorName() + " (" + e.actorLogin() + ")"),
                column("history.action", this::action),
                column("history.field", e -> messages.get(e.field().key())),
                column("history.change", e -> shortText(e, e.oldValue()) + " → " + shortText(e, e.newValue()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, entry) -> {
            before.setText(entry == null ? "" : fullText(entry, entry.oldValue()));
            after.setText(entry == null ? "" : fullText(entry, entry.newValue()));
        });
        Label beforeLabel = new Label(messages.get("history.before"));
        beforeLabel.setLabelFor(before);
        Label afterLabel = new Label(messages.get("history.after"));
        afterLabel.setLabelFor(after);
        HBox texts = new HBox(8, new VBox(4, beforeLabel, before), new VBox(4, afterLabel, after));
        HBox.setHgrow(texts.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(texts.getChildren().get(1), Priority.ALWAYS);
        status.setId("historyStatus");
        VBox root = new VBox(8, table, texts, status);
        root.setId("historyView");
        root.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        stage.setScene(new Scene(root, 900, 600));
        int year = row.category().year();
        background.run(() -> Map.entry(workflow.history(year, row.initiativeId()),
                workflow.sourceFiles(year, row.initiativeId())), loaded -> {
                    sources = loaded.getValue();
                    table.getItems().setAll(loaded.getKey());
                }, e -> status.setText(ErrorText.of(messages, e)));
    }

    public void show() {
        stage.show();
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private String action(AuditEntry entry) {
        String action = messages.get(entry.action().key());
        boolean imported = entry.action() == AuditAction.IMPORT || entry.action() == AuditAction.TEMPLATE_RETURN;
        String file = imported ? sources.get(entry.changedAt().toInstant()) : null;
        return file == null ? action : messages.get("history.actionFromFile", action, file);
    }

    private String fullText(AuditEntry entry, String value) {
        if (value == null) {
            return "";
        }
        if (entry.field().isRichText()) {
            return RichText.parse(value).plainText();
        }
        if (entry.field() == dk.sikkerby.indberetning.domain.AuditField.STATE) {
            return messages.get(SubmissionState.valueOf(value).key());
        }
        return value;
    }

    private String shortText(AuditEntry entry, String value) {
        String full = fullText(entry, value).replace('\n', ' ');
        return full.length() <= 60 ? full : full.substring(0, 60) + "…";
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        return area;
    }
}
