package dk.sikkerby.indberetning.ui.server;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The sign-in form for a server: which server, the person's own server login and its password; while the
 * app connects, a spinning indicator, what it is doing, and Cancel. "Connect to another server…" opens
 * the connect dialog. Like the file's form it covers the whole window until someone has signed in.
 */
public final class ServerSignInView<S extends AutoCloseable> extends StackPane {

    public ServerSignInView(ServerSignInViewModel<S> model, Messages messages, Consumer<S> onSignedIn,
                            Runnable chooseServer) {
        setId("serverSignIn");
        getStyleClass().add(Styles.BG_SUBTLE);
        VBox card = new VBox(12);
        card.setId("serverSignInDialog");
        card.getStyleClass().addAll(Styles.BG_DEFAULT, "border-default");
        card.setPadding(new Insets(20));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setPrefWidth(460);
        StackPane.setAlignment(card, Pos.CENTER);

        Label title = new Label(messages.get("serverSignIn.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label server = new Label();
        server.setId("serverSignInServer");
        server.setWrapText(true);
        server.textProperty().bind(Bindings.createStringBinding(() -> model.addressProperty().get() == null ? ""
                : messages.get("serverSignIn.server", model.addressProperty().get().toString()), model.addressProperty()));
        Label intro = new Label(messages.get("serverSignIn.intro"));
        intro.setWrapText(true);

        TextField login = new TextField();
        login.setId("serverSignInLogin");
        login.setAccessibleText(messages.get("serverSignIn.login"));
        login.setPrefColumnCount(22);
        login.textProperty().bindBidirectional(model.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("serverSignInPassword");
        password.setAccessibleText(messages.get("signin.password"));
        password.setPrefColumnCount(22);
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label(messages, "serverSignIn.login"), login);
        grid.addRow(1, label(messages, "signin.password"), password);
        login.disableProperty().bind(model.connectingProperty());
        password.disableProperty().bind(model.connectingProperty());

        Label error = new Label();
        error.setId("serverSignInError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label status = new Label();
        status.setId("serverSignInStatus");
        status.textProperty().bind(model.statusProperty());
        Button cancel = new Button(messages.get("dialog.cancel"));
        cancel.setId("serverSignInCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        HBox progress = new HBox(8, spinner, status, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.connectingProperty());
        progress.managedProperty().bind(model.connectingProperty());

        Button ok = new Button(messages.get("signin.submit"));
        ok.setId("serverSignInButton");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(model.canSubmitProperty().not());
        ok.setOnAction(e -> model.submit(onSignedIn));
        Hyperlink other = new Hyperlink(messages.get("serverSignIn.other"));
        other.setId("connectToOtherServer");
        other.disableProperty().bind(model.connectingProperty());
        other.setOnAction(e -> chooseServer.run());
        HBox actions = new HBox(12, ok, other);
        actions.setAlignment(Pos.CENTER_LEFT);

        card.getChildren().setAll(title, server, intro, grid, error, progress, actions);
        getChildren().add(card);
        Platform.runLater(() -> (login.getText().isEmpty() ? login : password).requestFocus());
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
