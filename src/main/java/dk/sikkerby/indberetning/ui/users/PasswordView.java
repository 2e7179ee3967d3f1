package dk.sikkerby.indberetning.ui.users;

import dk.sikkerby.indberetning.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Asks for a new password twice (and, to change one's own, the current one); closes when it is saved. */
public final class PasswordView {

    private final Stage stage = new Stage();

    public PasswordView(PasswordViewModel model, Messages messages, Window owner, Runnable onSaved) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());
        GridPane grid = Forms.grid();
        int row = 0;
        if (model.asksOld()) {
            Forms.field(grid, row++, messages, "password.old", new PasswordField(), "passwordOld", model.oldProperty());
        }
        Forms.field(grid, row++, messages, "password.new", new PasswordField(), "passwordNew",
                model.passwordProperty());
        Forms.field(grid, row, messages, "password.repeat", new PasswordField(), "passwordRepeat",
                model.repeatedProperty());
        Label hint = new Label(model.hint());
        hint.setId("passwordHint");
        VBox root = new VBox(12, grid, hint, Forms.error("passwordError", model.errorProperty()),
                Forms.buttons(messages, stage, "password", "password.save", model.canSaveProperty(),
                        () -> model.save(() -> {
                            stage.close();
                            onSaved.run();
                        })));
        root.setId("passwordDialog");
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
