package dk.sikkerby.indberetning.ui.common;

import dk.sikkerby.indberetning.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The few questions the app asks, with texts from the bundle and ids on every button. */
public final class Dialogs {

    /** What to do with unsaved changes. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    public static UnsavedChoice askUnsaved(Window owner, Messages messages) {
        return askUnsaved(owner, messages, messages.get("unsaved.header"));
    }

    /** As {@link #askUnsaved(Window, Messages)}, saying in {@code header} what is unsaved (the grid's rows). */
    public static UnsavedChoice askUnsaved(Window owner, Messages messages, String header) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("unsaved.text"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("unsaved.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("unsavedDialog");
        alert.getDialogPane().lookupButton(save).setId("unsavedSave");
        alert.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        alert.getDialogPane().lookupButton(cancel).setId("unsavedCancel");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    public static void error(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text,
                new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    /** Asks before a step the user may regret; true only if they chose {@code confirmText}. */
    public static boolean confirm(Window owner, Messages messages, String id, String title, String question,
                                  String confirmText) {
        ButtonType ok = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().lookupButton(ok).setId(id + "Ok");
        alert.getDialogPane().lookupButton(cancel).setId(id + "Cancel");
        return alert.showAndWait().filter(answer -> answer == ok).isPresent();
    }

    public static Optional<String> askText(Window owner, Messages messages, String id, String title, String question,
                                           String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        // JavaFX has no Danish texts of its own: the buttons take ours
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        dialog.getDialogPane().setId(id);
        dialog.getEditor().setId(id + "Field");
        dialog.getEditor().setAccessibleText(question);
        return dialog.showAndWait();
    }
}
