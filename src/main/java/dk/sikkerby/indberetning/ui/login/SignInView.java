package dk.sikkerby.indberetning.ui.login;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.ui.StartupProbe;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The sign-in window shown over the main window before it can be used; for an empty database it
 * asks for the first administrator instead. Closing it without signing in ends the app.
 */
public final class SignInView {

    private final Stage stage = new Stage();

    public SignInView(SignInViewModel model, Messages messages, Window owner, Consumer<Actor> onSignedIn,
                      Runnable onCancel) {
        boolean first = model.isFirstAdministrator();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get(first ? "signin.first.title" : "signin.title"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label(messages, "signin.login"), field(new TextField(), "signInLogin",
                messages.get("signin.login"), model.loginProperty()));
        if (first) {
            grid.addRow(row++, label(messages, "signin.fullName"), field(new TextField(), "signInFullName",
                    messages.get("signin.fullName"), model.fullNameProperty()));
        }
        grid.addRow(row++, label(messages, "signin.password"), field(new PasswordField(), "signInPassword",
                messages.get("signin.password"), model.passwordProperty()));
        if (first) {
            grid.addRow(row, label(messages, "signin.repeat"), field(new PasswordField(), "signInRepeat",
                    messages.get("signin.repeat"), model.repeatedProperty()));
        }
        Label intro = new Label(messages.get(first ? "signin.first.intro" : "signin.intro"));
        intro.setWrapText(true);
        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Button ok = new Button(messages.get(first ? "signin.first.create" : "signin.submit"));
        ok.setId("signInButton");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(model.canSubmitProperty().not());
        ok.setOnAction(e -> model.submit(actor -> {
            stage.close();
            onSignedIn.accept(actor);
        }));
        VBox root = new VBox(12, intro, grid, error, ok);
        root.setId(first ? "firstAdministratorDialog" : "signInDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(420);
        stage.setScene(new Scene(root));
        // only the user closing the window ends the app (not the window being hidden by a test or at exit)
        stage.setOnCloseRequest(e -> onCancel.run());
    }

    public void show() {
        stage.show();
        stage.toFront();
        StartupProbe.ready(stage.getScene());
    }

    public Scene scene() {
        return stage.getScene();
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(TextField field, String id, String accessible, StringProperty value) {
        field.setId(id);
        field.setAccessibleText(accessible);
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
