package dk.sikkerby.indberetning.ui.users;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.i18n.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The pieces the users' dialogs share: labelled fields with ids, the error line, Save and Cancel. */
final class Forms {

    private Forms() {
    }

    /** Adds a row "label | field" to {@code grid}; the field is bound to {@code value} and named for screen readers. */
    static <T extends TextField> T field(GridPane grid, int row, Messages messages, String labelKey, T field,
                                         String id, StringProperty value) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        field.setId(id);
        field.setAccessibleText(messages.get(labelKey));
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        grid.addRow(row, label, field);
        return field;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    static Label error(String id, StringProperty text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.textProperty().bind(text);
        return error;
    }

    /** Save (the default button, enabled by {@code canSave}) and Cancel (Escape), which closes {@code stage}. */
    static HBox buttons(Messages messages, Stage stage, String idPrefix, String saveKey, BooleanBinding canSave,
                        Runnable save) {
        Button ok = new Button(messages.get(saveKey));
        ok.setId(idPrefix + "Save");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(canSave.not());
        ok.setOnAction(e -> save.run());
        Button cancel = new Button(messages.get("dialog.cancel"));
        cancel.setId(idPrefix + "Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }
}
