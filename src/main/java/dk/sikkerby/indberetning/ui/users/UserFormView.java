package dk.sikkerby.indberetning.ui.users;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The form that adds a user or edits one: login (fixed when editing), full name, role, the departments a
 * coordinator reports for (a check box each, so the keyboard reaches every one), and for a new user the
 * password twice.
 */
public final class UserFormView {

    private final Stage stage = new Stage();

    public UserFormView(UserFormViewModel model, Messages messages, Window owner, Consumer<String> onSaved) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());
        GridPane grid = Forms.grid();
        TextField login = Forms.field(grid, 0, messages, "signin.login", new TextField(), "userLogin",
                model.loginProperty());
        if (model.isEditing()) {
            login.setEditable(false);
            login.setFocusTraversable(false);
            login.setTooltip(new Tooltip(messages.get("users.form.loginFixed")));
            login.setAccessibleHelp(messages.get("users.form.loginFixed"));
        }
        TextField name = Forms.field(grid, 1, messages, "signin.fullName", new TextField(), "userFullName",
                model.fullNameProperty());
        ComboBox<Role> role = roleBox(messages, model);
        Label roleLabel = new Label(messages.get("users.role"));
        roleLabel.setLabelFor(role);
        grid.addRow(2, roleLabel, role);
        Label departmentsLabel = new Label(messages.get("users.departments"));
        ScrollPane departments = departments(messages, model);
        departmentsLabel.setLabelFor(departments);
        grid.addRow(3, departmentsLabel, departments);
        if (!model.isEditing()) {
            PasswordField password = Forms.field(grid, 4, messages, "signin.password", new PasswordField(),
                    "userPassword", model.passwordProperty());
            PasswordField repeat = Forms.field(grid, 5, messages, "signin.repeat", new PasswordField(), "userRepeat",
                    model.repeatedProperty());
            if (model.offersExistingLogin()) {
                CheckBox existing = new CheckBox(messages.get("users.form.existingLogin"));
                existing.setId("userExistingLogin");
                existing.setAccessibleHelp(messages.get("users.form.existingLogin.help"));
                existing.setTooltip(new Tooltip(messages.get("users.form.existingLogin.help")));
                existing.selectedProperty().bindBidirectional(model.existingLoginProperty());
                password.disableProperty().bind(model.existingLoginProperty());
                repeat.disableProperty().bind(model.existingLoginProperty());
                grid.add(existing, 1, 6);
            }
        }
        VBox root = new VBox(12, grid, Forms.error("userFormError", model.errorProperty()),
                Forms.buttons(messages, stage, "userForm", "users.form.save", model.canSaveProperty(),
                        () -> model.save(text -> {
                            stage.close();
                            onSaved.accept(text);
                        })));
        root.setId("userForm");
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
        stage.setOnShown(e -> (model.isEditing() ? name : login).requestFocus());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private static ComboBox<Role> roleBox(Messages messages, UserFormViewModel model) {
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setId("userRole");
        role.setAccessibleText(messages.get("users.role"));
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setButtonCell(roleCell(messages));
        role.setCellFactory(l -> roleCell(messages));
        return role;
    }

    private static ScrollPane departments(Messages messages, UserFormViewModel model) {
        VBox boxes = new VBox(4);
        for (UserFormViewModel.DepartmentChoice choice : model.departments()) {
            CheckBox box = new CheckBox(choice.department().code() + " – " + choice.department().name());
            box.setId("userDepartment_" + choice.department().code());
            box.setAccessibleText(choice.department().code() + " " + choice.department().name());
            box.selectedProperty().bindBidirectional(choice.chosen());
            boxes.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setId("userDepartments");
        scroll.setAccessibleText(messages.get("users.departments"));
        scroll.setPrefViewportHeight(140);
        scroll.setFitToWidth(true);
        scroll.disableProperty().bind(model.roleProperty().isNotEqualTo(Role.COORDINATOR));
        return scroll;
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
}
