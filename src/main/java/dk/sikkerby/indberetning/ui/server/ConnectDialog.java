package dk.sikkerby.indberetning.ui.server;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.server.ConnectViewModel.ServerChoice;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Connect to a server…" dialog: server, port, database and login, each with a label whose underlined
 * letter (Alt+letter) reaches it; Enter connects once the fields are whole, Escape cancels. The first
 * problem shows under the fields.
 */
public final class ConnectDialog {

    private ConnectDialog() {
    }

    /** Shows the dialog and gives the server and login chosen, or empty if the user cancelled. */
    public static Optional<ServerChoice> ask(Window owner, Messages messages, ConnectViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("connect.title"));
        dialog.setHeaderText(null);
        ButtonType connect = new ButtonType(messages.get("connect.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        dialog.getDialogPane().setId("connectDialog");
        Node ok = dialog.getDialogPane().lookupButton(connect);
        ok.setId("connectOk");
        ok.disableProperty().bind(model.validProperty().not());
        dialog.getDialogPane().lookupButton(cancel).setId("connectCancel");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        TextField host = field(grid, 0, messages, "connect.host", "connectHost", model.hostProperty(), 24);
        field(grid, 1, messages, "connect.port", "connectPort", model.portProperty(), 6);
        field(grid, 2, messages, "connect.database", "connectDatabase", model.databaseProperty(), 24);
        field(grid, 3, messages, "connect.login", "connectLogin", model.loginProperty(), 24);
        Label intro = new Label(messages.get("connect.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(420);
        Label problem = new Label();
        problem.setId("connectProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.textProperty().bind(model.problemProperty());
        VBox content = new VBox(12, intro, grid, problem);
        content.setPadding(new Insets(16, 16, 0, 16));
        dialog.getDialogPane().setContent(content);
        Platform.runLater(host::requestFocus);
        return dialog.showAndWait().filter(answer -> answer == connect).flatMap(answer -> model.choice());
    }

    private static TextField field(GridPane grid, int row, Messages messages, String key, String id,
                                   StringProperty value, int columns) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setAccessibleText(messages.get(key).replace("_", ""));
        field.textProperty().bindBidirectional(value);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
        return field;
    }
}
