package dk.sikkerby.indberetning.ui.editor;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The success criteria in the editor form: one line per criterion (text, outcome, reason when dropped,
 * marker, remove), an add button, the sum as it is typed, and the first broken rule. Ids carry the
 * criterion's number: {@code criterionText-1} is the first text.
 */
final class CriteriaView extends VBox {

    private final CriteriaListModel model;
    private final Messages messages;
    private final VBox lines = new VBox(6);
    private ScrollPane scroll;

    CriteriaView(EditorViewModel editor, Messages messages) {
        super(4);
        this.model = editor.criteria();
        this.messages = messages;
        setId("criteriaBlock");
        Label title = new Label(messages.get("criteria.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label sum = new Label();
        sum.setId("criteriaSum");
        sum.textProperty().bind(model.sum());
        Button add = new Button(messages.get("criteria.add"));
        add.setId("addCriterionButton");
        add.setAccessibleText(messages.get("criteria.add.accessible"));
        add.setOnAction(e -> model.add());
        Button undo = new Button(messages.get("criteria.undoRemove"));
        undo.setId("undoRemoveCriterionButton");
        undo.visibleProperty().bind(model.canUndo());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoRemove());
        Label removed = new Label();
        removed.setId("criterionRemovedText");
        removed.textProperty().bind(model.undoText());
        removed.visibleProperty().bind(model.canUndo());
        removed.managedProperty().bind(removed.visibleProperty());
        HBox header = new HBox(8, title, sum);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, add, removed, undo);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("criteriaError");
        error.getStyleClass().addAll("field-error", Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> editor.violations().get().stream()
                .filter(v -> v.field() == Field.CRITERION || v.field() == Field.CRITERIA).findFirst()
                .map(v -> messages.get(v.key(), v.args().toArray())).orElse(""), editor.violations()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        // as tall as its lines up to about three criteria, then it scrolls; the text editors give way first
        scroll.prefViewportHeightProperty().bind(Bindings.min(170, lines.heightProperty()));
        scroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        this.scroll = scroll;
        scroll.visibleProperty().bind(editor.criteriaListedProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        Label changes = new Label();
        changes.setId("criteriaChanges");
        changes.setWrapText(true);
        changes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        changes.getStyleClass().add(Styles.TEXT_SMALL);
        changes.textProperty().bind(model.changes());
        // who may not change the criteria (the reviewer) reads the changes beside Approve instead
        changes.visibleProperty().bind(changes.textProperty().isNotEmpty().and(editor.departmentReadOnlyProperty().not()));
        changes.managedProperty().bind(changes.visibleProperty());
        getChildren().addAll(header, scroll, error, actions, changes);
        disableProperty().bind(editor.departmentReadOnlyProperty());
        model.items().addListener((ListChangeListener<CriterionItem>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    boolean addedAtEnd = change.wasAdded() && change.getTo() == model.items().size();
                    rebuild();
                    if (addedAtEnd) {
                        javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
                    }
                    return;
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        lines.getChildren().clear();
        for (int i = 0; i < model.items().size(); i++) {
            lines.getChildren().add(line(model.items().get(i), i + 1));
        }
    }

    private VBox line(CriterionItem item, int number) {
        TextField text = new TextField();
        text.setId("criterionText-" + number);
        text.setAccessibleText(messages.get("criteria.text.accessible", number));
        text.setPromptText(messages.get("criteria.text.prompt"));
        text.textProperty().bindBidirectional(item.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        ComboBox<CriterionOutcome> outcome = combo("criterionOutcome-" + number,
                messages.get("criteria.outcome.accessible", number), CriterionOutcome.values(),
                o -> messages.get(o.key()));
        outcome.setPromptText(messages.get("criteria.outcome.none"));
        outcome.valueProperty().bindBidirectional(item.outcomeProperty());
        TextField reason = new TextField();
        reason.setId("criterionReason-" + number);
        reason.setAccessibleText(messages.get("criteria.reason.accessible", number));
        reason.setPromptText(messages.get("criteria.reason.prompt"));
        reason.textProperty().bindBidirectional(item.reasonProperty());
        reason.visibleProperty().bind(item.outcomeProperty().isEqualTo(CriterionOutcome.DROPPED));
        reason.managedProperty().bind(reason.visibleProperty());
        ComboBox<CriterionMarker> marker = combo("criterionMarker-" + number,
                messages.get("criteria.marker.accessible", number), CriterionMarker.values(),
                m -> messages.get(m.key()));
        marker.valueProperty().bindBidirectional(item.markerProperty());
        Button remove = new Button("✕");
        remove.setId("criterionRemove-" + number);
        remove.setAccessibleText(messages.get("criteria.remove.accessible", number));
        remove.getStyleClass().add(Styles.FLAT);
        remove.setOnAction(e -> model.remove(item));
        Label no = new Label(number + ".");
        text.setMinWidth(120);
        HBox first = new HBox(6, no, text, outcome, marker, remove);
        first.setAlignment(Pos.CENTER_LEFT);
        // the reason has a line of its own, shown only for a dropped criterion
        reason.setMaxWidth(Double.MAX_VALUE);
        VBox.setMargin(reason, new javafx.geometry.Insets(0, 30, 0, 18));
        return new VBox(2, first, reason);
    }

    private static <T> ComboBox<T> combo(String id, String accessible, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : label.apply(item));
            }
        });
        return box;
    }
}
