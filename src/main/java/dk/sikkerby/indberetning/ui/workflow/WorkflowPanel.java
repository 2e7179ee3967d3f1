package dk.sikkerby.indberetning.ui.workflow;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Action;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Under the editor: the submission's state actions, its comment thread and the way to its history. */
public final class WorkflowPanel extends VBox {

    public WorkflowPanel(WorkflowViewModel model, Messages messages, Runnable openHistory, Runnable openYears) {
        setId("workflowPanel");
        setSpacing(6);
        setPadding(new Insets(0, 12, 12, 12));
        BooleanBinding noComment = model.commentProperty().isEmpty();
        Button submit = button("submitButton", messages.get("workflow.submit"),
                model.allowedProperty(Action.SUBMIT).not(), model::submit);
        submit.getStyleClass().add(Styles.SUCCESS);
        Button giveBack = button("returnButton", messages.get("workflow.return"),
                model.allowedProperty(Action.RETURN).not().or(noComment), model::returnToDepartment);
        Button approve = button("approveButton", messages.get("workflow.approve"),
                model.allowedProperty(Action.APPROVE).not(), model::approve);
        approve.getStyleClass().add(Styles.SUCCESS);
        Button reopen = button("reopenButton", messages.get("workflow.reopen"),
                model.allowedProperty(Action.REOPEN).not().or(noComment), model::reopen);
        Button history = button("historyButton", messages.get("workflow.history"),
                model.rowProperty().isNull(), openHistory);
        Button years = button("initiativeYearsButton", messages.get("history.years.open"),
                model.rowProperty().isNull(), openYears);
        FlowPane actions = new FlowPane(8, 6, submit, giveBack, approve, reopen, history, years);

        Label threadLabel = new Label(messages.get("workflow.thread"));
        ListView<String> thread = new ListView<>(model.thread());
        thread.setId("commentThread");
        thread.setAccessibleText(messages.get("workflow.thread"));
        thread.setPrefHeight(110);
        thread.setPlaceholder(new Label(messages.get("workflow.thread.empty")));
        threadLabel.setLabelFor(thread);

        TextArea comment = new TextArea();
        comment.setId("commentField");
        comment.setAccessibleText(messages.get("workflow.comment.accessible"));
        comment.setPromptText(messages.get("workflow.comment.prompt"));
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        comment.textProperty().bindBidirectional(model.commentProperty());
        comment.disableProperty().bind(model.allowedProperty(Action.COMMENT).not());
        Button post = button("commentButton", messages.get("workflow.comment.post"),
                model.allowedProperty(Action.COMMENT).not().or(noComment), model::postComment);
        HBox commentRow = new HBox(8, comment, post);
        commentRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(comment, javafx.scene.layout.Priority.ALWAYS);

        // before approving (or returning), the reviewer sees how the criteria differ from last year's
        Label changes = new Label();
        changes.setId("reviewCriteriaChanges");
        changes.setWrapText(true);
        changes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        changes.getStyleClass().add(Styles.TEXT_SMALL);
        changes.textProperty().bind(model.criteriaChangesProperty());
        changes.visibleProperty().bind(model.criteriaChangesProperty().isNotEmpty()
                .and(model.allowedProperty(Action.APPROVE).or(model.allowedProperty(Action.RETURN))));
        changes.managedProperty().bind(changes.visibleProperty());

        Label message = new Label();
        message.setId("workflowMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(actions, changes, threadLabel, thread, commentRow, message);
        disableProperty().bind(model.rowProperty().isNull());
    }

    private static Button button(String id, String text, javafx.beans.value.ObservableBooleanValue disabled,
                                 Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }
}
