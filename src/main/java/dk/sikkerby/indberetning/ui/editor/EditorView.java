package dk.sikkerby.indberetning.ui.editor;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.RichTextEditor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The editor form for the selected initiative. Builds the controls and binds them; no logic. */
public final class EditorView extends VBox {

    private final EditorViewModel model;
    private final Label noteLabel = new Label();

    public EditorView(EditorViewModel model, Messages messages, Runnable save) {
        this.model = model;
        setId("editorForm");
        getStyleClass().add("editor-form");
        setSpacing(6);
        setPadding(new Insets(12));

        Label title = new Label();
        title.setId("editorTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.rowProperty().get() == null
                ? messages.get("editor.noSelection")
                : messages.get("editor.title", model.rowProperty().get().name(),
                        model.rowProperty().get().department().code()), model.rowProperty()));

        TextField met = numberField("metField", messages.get("editor.met.accessible"), model.metTextProperty());
        TextField total = numberField("totalField", messages.get("editor.total.accessible"), model.totalTextProperty());
        met.disableProperty().bind(model.notRelevantProperty().or(model.departmentReadOnlyProperty())
                .or(model.criteriaListedProperty()));
        total.disableProperty().bind(model.notRelevantProperty().or(model.departmentReadOnlyProperty())
                .or(model.criteriaListedProperty()));
        ToggleSwitch notRelevant = new ToggleSwitch(messages.get("editor.notRelevant"));
        notRelevant.setId("notRelevantSwitch");
        notRelevant.setAccessibleText(messages.get("editor.notRelevant.accessible"));
        notRelevant.selectedProperty().bindBidirectional(model.notRelevantProperty());
        notRelevant.setFocusTraversable(true);
        notRelevant.disableProperty().bind(model.departmentReadOnlyProperty().or(model.criteriaListedProperty()));
        notRelevant.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                notRelevant.setSelected(!notRelevant.isSelected());
                e.consume();
            }
        });
        Label scoreLabel = new Label(messages.get("editor.score"));
        scoreLabel.setLabelFor(met);
        Label of = new Label(messages.get("editor.of"));
        of.setLabelFor(total);
        HBox scoreRow = new HBox(8, scoreLabel, met, of, total, notRelevant);
        scoreRow.setAlignment(Pos.CENTER_LEFT);

        RichTextEditor note = richText("noteEditor", messages, messages.get("editor.note.accessible"));
        note.richTextProperty().bindBidirectional(model.departmentNoteProperty());
        note.disableProperty().bind(model.departmentReadOnlyProperty());
        RichTextEditor assessment = richText("assessmentEditor", messages, messages.get("editor.assessment.accessible"));
        assessment.richTextProperty().bindBidirectional(model.assessmentProperty());
        assessment.disableProperty().bind(model.assessmentReadOnlyProperty());
        noteLabel.setText(messages.get("column.note"));
        noteLabel.setLabelFor(note.area());
        Label assessmentLabel = new Label(messages.get("column.assessment"));
        assessmentLabel.setLabelFor(assessment.area());

        Button saveButton = new Button(messages.get("editor.save"));
        saveButton.setId("saveButton");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setDefaultButton(false);
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        saveButton.setOnAction(e -> save.run());
        Button revertButton = new Button(messages.get("editor.revert"));
        revertButton.setId("revertButton");
        revertButton.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        revertButton.setOnAction(e -> model.revert());
        Label result = new Label();
        result.setId("saveResult");
        result.setWrapText(true);
        result.textProperty().bind(model.lastResultProperty());
        Button retryButton = new Button(messages.get("editor.retry"));
        retryButton.setId("retryButton");
        retryButton.visibleProperty().bind(model.retryOfferedProperty());
        retryButton.managedProperty().bind(model.retryOfferedProperty());
        retryButton.disableProperty().bind(model.canSaveProperty().not());
        retryButton.setOnAction(e -> save.run());
        HBox buttons = new HBox(8, saveButton, retryButton, revertButton, result);
        buttons.setAlignment(Pos.CENTER_LEFT);

        note.setTraversal(assessment.area(), notRelevant);
        assessment.setTraversal(saveButton, note.area());
        VBox.setVgrow(note, Priority.ALWAYS);
        VBox.setVgrow(assessment, Priority.ALWAYS);
        Label state = new Label();
        state.setId("stateLabel");
        state.textProperty().bind(model.stateTextProperty());
        Label readOnly = new Label();
        readOnly.setId("readOnlyReason");
        readOnly.getStyleClass().add(Styles.WARNING);
        readOnly.setWrapText(true);
        readOnly.textProperty().bind(model.readOnlyReasonProperty());
        readOnly.visibleProperty().bind(model.readOnlyReasonProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        getChildren().addAll(title, state, readOnly, scoreRow,
                error("metError", model.messageFor(Field.MET), model.hasError(Field.MET)),
                error("totalError", model.messageFor(Field.TOTAL), model.hasError(Field.TOTAL)),
                error("notRelevantError", model.messageFor(Field.NOT_RELEVANT), model.hasError(Field.NOT_RELEVANT)),
                new CriteriaView(model, messages),
                noteLabel, note,
                error("noteError", model.messageFor(Field.DEPARTMENT_NOTE), model.hasError(Field.DEPARTMENT_NOTE)),
                assessmentLabel, assessment,
                error("assessmentError", model.messageFor(Field.ASSESSMENT), model.hasError(Field.ASSESSMENT)),
                buttons);
        disableProperty().bind(model.rowProperty().isNull());
        model.hasError(Field.MET).addListener((o, a, b) -> met.pseudoClassStateChanged(Styles.STATE_DANGER, b));
        model.hasError(Field.TOTAL).addListener((o, a, b) -> total.pseudoClassStateChanged(Styles.STATE_DANGER, b));
    }

    /** The label of the department-note column is part of the year's set-up ("Covid-19" in 2021). */
    public void setNoteLabel(String label) {
        noteLabel.setText(label);
    }

    private static TextField numberField(String id, String accessible, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessible);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static RichTextEditor richText(String id, Messages messages, String accessible) {
        RichTextEditor editor = new RichTextEditor(id, messages.get("editor.italic"),
                messages.get("editor.italic.tooltip"), accessible);
        editor.setMinHeight(110);
        editor.setPrefHeight(170);
        return editor;
    }

    private static Region error(String id, ObservableStringValue text, BooleanBinding visible) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("field-error", Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(visible);
        label.managedProperty().bind(visible);
        return label;
    }

    public EditorViewModel model() {
        return model;
    }
}
