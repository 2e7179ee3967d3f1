package dk.sikkerby.indberetning.ui.login;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The administrator's users window: who can sign in, and a form to add a user. */
public final class UsersView {

    private final Stage stage = new Stage();

    public UsersView(UsersViewModel model, Messages messages, Window owner) {
        stage.initOwner(owner);
        stage.setTitle(messages.get("users.title"));
        ListView<User> users = new ListView<>(model.list());
        users.setId("usersList");
        users.setAccessibleText(messages.get("users.title"));
        users.setPrefHeight(180);
        users.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(User u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : model.describe(u));
            }
        });
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setId("userRole");
        role.setAccessibleText(messages.get("users.role"));
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setButtonCell(roleCell(messages));
        role.setCellFactory(l -> roleCell(messages));
        ListView<Department> departments = new ListView<>(model.departments());
        departments.setId("userDepartments");
        departments.setAccessibleText(messages.get("users.departments"));
        departments.setPrefHeight(110);
        departments.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        departments.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Department>) c ->
                model.chosenDepartments().setAll(departments.getSelectionModel().getSelectedItems()));
        departments.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.COORDINATOR));
        departments.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Department d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.code() + " – " + d.name());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("signin.login")), text(new TextField(), "userLogin",
                messages.get("signin.login"), model.loginProperty()));
        form.addRow(1, new Label(messages.get("signin.fullName")), text(new TextField(), "userFullName",
                messages.get("signin.fullName"), model.fullNameProperty()));
        form.addRow(2, new Label(messages.get("users.role")), role);
        form.addRow(3, new Label(messages.get("users.departments")), departments);
        form.addRow(4, new Label(messages.get("signin.password")), text(new PasswordField(), "userPassword",
                messages.get("signin.password"), model.passwordProperty()));
        form.addRow(5, new Label(messages.get("signin.repeat")), text(new PasswordField(), "userRepeat",
                messages.get("signin.repeat"), model.repeatedProperty()));
        Button add = new Button(messages.get("users.add"));
        add.setId("userAdd");
        add.setOnAction(e -> model.add());
        Label message = new Label();
        message.setId("usersMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox root = new VBox(10, users, form, add, message);
        root.setId("usersView");
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 560, 620));
        model.load();
    }

    public void show() {
        stage.show();
    }

    private static ListCell<Role> roleCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : messages.get(r.key()));
            }
        };
    }

    private static TextField text(TextField field, String id, String accessible,
                                  javafx.beans.property.StringProperty value) {
        field.setId(id);
        field.setAccessibleText(accessible);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
