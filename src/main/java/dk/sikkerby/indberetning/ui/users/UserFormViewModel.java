package dk.sikkerby.indberetning.ui.users;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adding a user (login, full name, role, departments, password twice) or editing one (everything but the
 * login and the password). The service decides what is valid; its refusal is shown and the form stays.
 */
public final class UserFormViewModel {

    /** A department the user may report for, and whether they do. */
    public record DepartmentChoice(Department department, BooleanProperty chosen) {
    }

    private final Messages messages;
    private final UserService users;
    private final Background background;
    private final Actor admin;
    private final Optional<User> editing;
    private final List<DepartmentChoice> departments;

    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.COORDINATOR);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canSave;

    UserFormViewModel(Messages messages, UserService users, Background background, Actor admin,
                      List<Department> known, Optional<User> editing) {
        this.messages = messages;
        this.users = users;
        this.background = background;
        this.admin = admin;
        this.editing = editing;
        Set<Integer> chosen = editing.map(User::departmentIds).orElse(Set.of());
        this.departments = known.stream()
                .map(d -> new DepartmentChoice(d, new SimpleBooleanProperty(chosen.contains(d.id())))).toList();
        editing.ifPresent(u -> {
            login.set(u.login());
            fullName.set(u.fullName());
            role.set(u.role());
        });
        BooleanBinding filled = login.isNotEmpty().and(fullName.isNotEmpty()).and(role.isNotNull());
        if (editing.isEmpty()) {
            filled = filled.and(password.isNotEmpty()).and(repeated.isNotEmpty());
        }
        canSave = filled.and(busy.not());
    }

    public boolean isEditing() {
        return editing.isPresent();
    }

    public String title() {
        return editing.map(u -> messages.get("users.form.editTitle", u.login()))
                .orElseGet(() -> messages.get("users.form.addTitle"));
    }

    /** Saves in the background; {@code onSaved} gets the sentence to show in the list's window. */
    public void save(Consumer<String> onSaved) {
        if (!canSave.get()) {
            return;
        }
        String who = login.get();
        String name = fullName.get();
        Role chosenRole = role.get();
        Set<Integer> ids = departments.stream().filter(c -> c.chosen().get()).map(c -> c.department().id())
                .collect(Collectors.toSet());
        char[] secret = password.get().toCharArray();
        char[] again = repeated.get().toCharArray();
        busy.set(true);
        error.set("");
        background.run(() -> editing.isPresent()
                        ? users.editUser(admin, who, name, chosenRole, ids)
                        : users.createUser(admin, who, name, chosenRole, ids, secret, again),
                saved -> {
                    busy.set(false);
                    clearPasswords();
                    onSaved.accept(messages.get(editing.isPresent() ? "users.saved" : "users.added", saved.login()));
                },
                failure -> {
                    busy.set(false);
                    clearPasswords();
                    error.set(ErrorText.of(messages, failure));
                });
    }

    private void clearPasswords() {
        password.set("");
        repeated.set("");
    }

    public List<DepartmentChoice> departments() {
        return departments;
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

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
