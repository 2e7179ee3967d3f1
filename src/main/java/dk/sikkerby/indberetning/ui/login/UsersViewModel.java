package dk.sikkerby.indberetning.ui.login;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.YearSetupService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The administrator's list of users and the form that adds one. */
public final class UsersViewModel {

    private final Messages messages;
    private final UserService users;
    private final YearSetupService setup;
    private final Background background;
    private final Actor admin;

    private final ObservableList<User> list = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<Department> chosenDepartments = FXCollections.observableArrayList();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.COORDINATOR);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public UsersViewModel(Messages messages, UserService users, YearSetupService setup, Background background,
                          Actor admin) {
        this.messages = messages;
        this.users = users;
        this.setup = setup;
        this.background = background;
        this.admin = admin;
    }

    public void load() {
        background.run(() -> new Object[] {users.users(), setup.departments()}, loaded -> {
            @SuppressWarnings("unchecked")
            java.util.List<User> u = (java.util.List<User>) loaded[0];
            @SuppressWarnings("unchecked")
            java.util.List<Department> d = (java.util.List<Department>) loaded[1];
            list.setAll(u);
            departments.setAll(d);
        }, this::fail);
    }

    public void add() {
        String who = login.get();
        String name = fullName.get();
        Role chosen = role.get();
        Set<Integer> ids = chosenDepartments.stream().map(Department::id).collect(Collectors.toSet());
        char[] secret = password.get().toCharArray();
        char[] again = repeated.get().toCharArray();
        background.run(() -> users.createUser(admin, who, name, chosen, ids, secret, again), created -> {
            message.set(messages.get("users.added", created.login()));
            login.set("");
            fullName.set("");
            password.set("");
            repeated.set("");
            load();
        }, this::fail);
    }

    /** A user's line in the list: login, name, role and departments. */
    public String describe(User user) {
        String codes = departments.stream().filter(d -> user.departmentIds().contains(d.id())).map(Department::code)
                .collect(Collectors.joining(", "));
        return messages.get("users.line", user.login(), user.fullName(), messages.get(user.role().key()), codes);
    }

    private void fail(Throwable error) {
        password.set("");
        repeated.set("");
        message.set(ErrorText.of(messages, error));
    }

    public ObservableList<User> list() {
        return list;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<Department> chosenDepartments() {
        return chosenDepartments;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
