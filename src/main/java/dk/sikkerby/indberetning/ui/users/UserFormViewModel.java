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

    /**
     * What saving a new user does: on a file the app's user with its password hash, on a server the person's
     * login ({@code password} null: a login the city already has).
     */
    @FunctionalInterface
    public interface Creator {
        User create(String login, String fullName, Role role, Set<Integer> departmentIds, char[] password,
                    char[] repeated);
    }

    /** A department the user may report for, and whether they do. */
    public record DepartmentChoice(Department department, BooleanProperty chosen) {
    }

    private final Messages messages;
    private final UserService users;
    private final Background background;
    private final Actor admin;
    private final Optional<User> editing;
    private final List<DepartmentChoice> departments;
    private final Creator creator;
    private final boolean onServer;

    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.COORDINATOR);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final BooleanProperty existingLogin = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canSave;

    UserFormViewModel(Messages messages, UserService users, Background background, Actor admin,
                      List<Department> known, Optional<User> editing) {
        this(messages, users, background, admin, known, editing,
                (login, name, role, ids, password, repeated) -> users.createUser(admin, login, name, role, ids,
                        password, repeated), false);
    }

    /** {@code onServer}: a new user is a server login, and may be one the city already has (no password). */
    UserFormViewModel(Messages messages, UserService users, Background background, Actor admin,
                      List<Department> known, Optional<User> editing, Creator creator, boolean onServer) {
        this.creator = creator;
        this.onServer = onServer;
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
            filled = filled.and(existingLogin.or(password.isNotEmpty().and(repeated.isNotEmpty())));
        }
        canSave = filled.and(busy.not());
    }

    public boolean isEditing() {
        return editing.isPresent();
    }

    /** Whether the form offers "a login the city already has" (adding a user on a server). */
    public boolean offersExistingLogin() {
        return onServer && editing.isEmpty();
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
        boolean existing = offersExistingLogin() && existingLogin.get();
        char[] secret = existing ? null : password.get().toCharArray();
        char[] again = existing ? null : repeated.get().toCharArray();
        busy.set(true);
        error.set("");
        background.run(() -> editing.isPresent()
                        ? users.editUser(admin, who, name, chosenRole, ids)
                        : creator.create(who, name, chosenRole, ids, secret, again),
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

    public BooleanProperty existingLoginProperty() {
        return existingLogin;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
