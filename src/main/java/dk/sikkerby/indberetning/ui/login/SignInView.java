package dk.sikkerby.indberetning.ui.login;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Actor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The sign-in form, the first thing the main window shows and all it shows until someone has signed
 * in; for an empty database it asks for the first administrator instead. It covers the window, so
 * nothing behind it can be reached before sign-in.
 */
public final class SignInView extends StackPane {

    private final SignInViewModel model;
    private final Messages messages;
    private final Consumer<Actor> onSignedIn;
    private final VBox card = new VBox(12);
    private final Runnable connectToServer;

    public SignInView(SignInViewModel model, Messages messages, Consumer<Actor> onSignedIn) {
        this(model, messages, onSignedIn, null);
    }

    /** With {@code connectToServer}, the form offers "Connect to a server…" (server mode, docs/server.md). */
    public SignInView(SignInViewModel model, Messages messages, Consumer<Actor> onSignedIn, Runnable connectToServer) {
        this.model = model;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        this.connectToServer = connectToServer;
        // the theme's own classes: the app's stylesheet is only parsed after the first frame
        getStyleClass().add(Styles.BG_SUBTLE);
        card.getStyleClass().addAll(Styles.BG_DEFAULT, "border-default");
        card.setPadding(new Insets(20));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setPrefWidth(440);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        fill();
        // the database may answer that it has no users yet after the form was shown: ask for that then
        model.firstAdministratorProperty().addListener((obs, was, first) -> {
            fill();
            Platform.runLater(this::focusFirstField);
        });
    }

    /** Puts the keyboard in the first empty field. */
    private void focusFirstField() {
        card.lookupAll(".text-field").stream()
                .filter(node -> node instanceof TextField field && field.getText().isEmpty())
                .findFirst().orElse(card).requestFocus();
    }

    private void fill() {
        boolean first = model.isFirstAdministrator();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("signin.login"), field(new TextField(), "signInLogin", "signin.login",
                model.loginProperty()));
        if (first) {
            grid.addRow(row++, label("signin.fullName"), field(new TextField(), "signInFullName",
                    "signin.fullName", model.fullNameProperty()));
        }
        grid.addRow(row++, label("signin.password"), field(new PasswordField(), "signInPassword",
                "signin.password", model.passwordProperty()));
        if (first) {
            grid.addRow(row, label("signin.repeat"), field(new PasswordField(), "signInRepeat", "signin.repeat",
                    model.repeatedProperty()));
        }
        Label title = new Label(messages.get(first ? "signin.first.title" : "signin.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(messages.get(first ? "signin.first.intro" : "signin.intro"));
        intro.setWrapText(true);
        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button ok = new Button(messages.get(first ? "signin.first.create" : "signin.submit"));
        ok.setId("signInButton");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(model.canSubmitProperty().not());
        ok.setOnAction(e -> model.submit(onSignedIn));
        card.setId(first ? "firstAdministratorDialog" : "signInDialog");
        card.getChildren().setAll(title, intro, grid, error, ok);
        if (connectToServer != null) {
            Hyperlink server = new Hyperlink(messages.get("signin.connectToServer"));
            server.setId("connectToServer");
            server.disableProperty().bind(model.busyProperty());
            server.setOnAction(e -> connectToServer.run());
            card.getChildren().add(server);
        }
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private TextField field(TextField field, String id, String accessibleKey, StringProperty value) {
        field.setId(id);
        field.setAccessibleText(messages.get(accessibleKey));
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
