package dk.sikkerby.indberetning.ui.users;

import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.UserChange;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The administrator's users window: a table of the users (login, name, role, departments, active or not),
 * the commands on the chosen one as buttons and as its context menu (Enter or a double click edits), and
 * below, who changed what about the chosen user.
 */
public final class UsersView {

    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    private final Stage stage = new Stage();
    private final UsersViewModel model;
    private final Messages messages;

    public UsersView(UsersViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("users.title"));
        TableView<User> table = usersTable();
        Label historyLabel = new Label();
        historyLabel.textProperty().bind(model.historyTitle());
        TableView<UserChange> history = historyTable();
        historyLabel.setLabelFor(history);
        Label message = new Label();
        message.setId("usersMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox root = new VBox(10, table, commands(), message, historyLabel, history);
        if (model.onServer()) {
            Label note = new Label(model.serverNote());
            note.setId("usersServerNote");
            note.setWrapText(true);
            root.getChildren().add(1, note);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.ALWAYS);
        root.setId("usersView");
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 820, 640);
        scene.getStylesheets().add(Objects.requireNonNull(
                UsersView.class.getResource("/dk/sikkerby/indberetning/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setOnShown(e -> table.requestFocus());
        model.load();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private TableView<User> usersTable() {
        TableView<User> table = new TableView<>(model.list());
        table.setId("usersTable");
        table.setAccessibleText(messages.get("users.title"));
        table.setPlaceholder(new Label(messages.get("users.empty")));
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("signin.login", User::login),
                column("signin.fullName", User::fullName),
                column("users.role", model::roleText),
                column("users.column.departments", model::departmentCodes),
                column("users.column.status", model::statusText)));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, user) -> model.selectedProperty().set(user));
        model.selectedProperty().addListener((o, was, user) -> {
            if (table.getSelectionModel().getSelectedItem() != user) {
                table.getSelectionModel().select(user);
            }
        });
        table.setRowFactory(t -> {
            TableRow<User> row = new TableRow<>() {
                @Override
                protected void updateItem(User user, boolean empty) {
                    super.updateItem(user, empty);
                    pseudoClassStateChanged(INACTIVE, !empty && user != null && !user.active());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        ContextMenu menu = contextMenu();
        table.setContextMenu(menu);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                // not every platform turns these keys into a context-menu request
                Bounds at = table.localToScreen(table.getBoundsInLocal());
                menu.show(table, at.getMinX() + 40, at.getMinY() + 60);
                e.consume();
            }
        });
        return table;
    }

    private static <T> TableColumn<T, String> column(Messages messages, String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private TableColumn<User, String> column(String key, Function<User, String> value) {
        return column(messages, key, value);
    }

    private TableView<UserChange> historyTable() {
        TableView<UserChange> history = new TableView<>(model.history());
        history.setId("userHistoryTable");
        history.setAccessibleText(messages.get("users.history"));
        history.setPlaceholder(new Label(messages.get("users.history.empty")));
        history.setPrefHeight(200);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().setAll(List.of(
                column(messages, "history.when", model::when),
                column(messages, "history.who", model::who),
                column(messages, "history.action", model::what),
                column(messages, "history.change", model::change)));
        return history;
    }

    private HBox commands() {
        Button add = button("userAddButton", "users.button.add", this::add);
        add.disableProperty().bind(model.busyProperty());
        Button edit = button("userEditButton", "users.button.edit", this::edit);
        Button active = button("userActiveButton", "users.button.deactivate", this::toggleActive);
        active.textProperty().bind(model.activeCommandText());
        Button reset = button("userResetPasswordButton", "users.button.resetPassword", this::resetPassword);
        for (Button b : List.of(edit, active, reset)) {
            b.disableProperty().bind(model.canActOnSelectedProperty().not());
        }
        Button close = button("usersClose", "users.button.close", stage::close);
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, add, edit, active, reset, spacer, close);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ContextMenu contextMenu() {
        MenuItem edit = item("userMenuEdit", "users.button.edit", this::edit);
        MenuItem active = item("userMenuActive", "users.button.deactivate", this::toggleActive);
        active.textProperty().bind(model.activeCommandText());
        MenuItem reset = item("userMenuResetPassword", "users.button.resetPassword", this::resetPassword);
        for (MenuItem m : List.of(edit, active, reset)) {
            m.disableProperty().bind(model.canActOnSelectedProperty().not());
        }
        return new ContextMenu(edit, active, reset, item("userMenuAdd", "users.button.add", this::add));
    }

    private void add() {
        new UserFormView(model.addForm(), messages, stage, model::saved).show();
    }

    private void edit() {
        if (model.canActOnSelectedProperty().get()) {
            new UserFormView(model.editForm(), messages, stage, model::saved).show();
        }
    }

    private void resetPassword() {
        if (model.canActOnSelectedProperty().get()) {
            String login = model.selectedProperty().get().login();
            new PasswordView(model.resetPasswordForm(), messages, stage,
                    () -> model.saved(messages.get("users.passwordReset", login))).show();
        }
    }

    /** A deactivation is asked about first; a reactivation is simply done. */
    private void toggleActive() {
        if (!model.canActOnSelectedProperty().get()) {
            return;
        }
        if (!model.selectedIsActive() || Dialogs.confirm(stage, messages, "deactivateDialog",
                messages.get("users.deactivate.title"), model.deactivateQuestion(),
                messages.get("users.deactivate.confirm"))) {
            model.toggleActive();
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
