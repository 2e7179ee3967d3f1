package dk.sikkerby.indberetning.ui.users;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.UserChange;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.Times;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administrator's list of users: who they are, their role, departments and whether they may sign in,
 * the chosen user's history, and the commands on the chosen user. Forms for adding and editing a user and
 * for resetting a password are their own view models, made here.
 */
public final class UsersViewModel {

    private final Messages messages;
    private final UserService users;
    private final YearSetupService setup;
    private final Background background;
    private final Actor admin;
    private final Optional<ServerUsers> server;

    private final ObservableList<User> list = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<UserChange> history = FXCollections.observableArrayList();
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canActOnSelected = selected.isNotNull().and(busy.not());

    public UsersViewModel(Messages messages, UserService users, YearSetupService setup, Background background,
                          Actor admin) {
        this(messages, users, setup, background, admin, Optional.empty());
    }

    /**
     * {@code server}: on a server, adding a user creates their server login and resetting a password sets
     * the login's (decision 1402); on a file (empty) both act on the app's passwords.
     */
    public UsersViewModel(Messages messages, UserService users, YearSetupService setup, Background background,
                          Actor admin, Optional<ServerUsers> server) {
        this.server = server;
        this.messages = messages;
        this.users = users;
        this.setup = setup;
        this.background = background;
        this.admin = admin;
        selected.addListener((o, was, user) -> loadHistory(user));
    }

    private record Loaded(List<User> users, List<Department> departments) {
    }

    /** Reads the users and departments; the same user stays chosen. */
    public void load() {
        String chosen = selected.get() == null ? null : selected.get().login();
        busy.set(true);
        background.run(() -> new Loaded(users.users(), setup.departments()), loaded -> {
            busy.set(false);
            departments.setAll(loaded.departments());
            list.setAll(loaded.users());
            selected.set(loaded.users().stream().filter(u -> u.login().equals(chosen)).findFirst().orElse(null));
            loadHistory(selected.get());
        }, this::fail);
    }

    private void loadHistory(User user) {
        if (user == null) {
            history.clear();
            return;
        }
        background.run(() -> users.history(admin, user.login()), changes -> {
            if (selected.get() != null && selected.get().login().equals(user.login())) {
                history.setAll(changes);
            }
        }, this::fail);
    }

    /** Deactivates the chosen user if active (the view has asked first), else reactivates them. */
    public void toggleActive() {
        User user = selected.get();
        if (user == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        background.run(() -> user.active() ? users.deactivate(admin, user.login()) : users.reactivate(admin, user.login()),
                changed -> {
                    busy.set(false);
                    message.set(messages.get(changed.active() ? "users.reactivated" : "users.deactivated",
                            changed.login()));
                    load();
                }, this::fail);
    }

    /** A form for a new user. */
    public UserFormViewModel addForm() {
        if (server.isEmpty()) {
            return new UserFormViewModel(messages, users, background, admin, departments, Optional.empty());
        }
        ServerUsers logins = server.get();
        return new UserFormViewModel(messages, users, background, admin, departments, Optional.empty(),
                (login, name, role, ids, password, repeated) -> logins.addUser(admin, login, name, role, ids,
                        password, repeated), true);
    }

    /** Whether the users are server logins, which the window explains ({@link #serverNote()}). */
    public boolean onServer() {
        return server.isPresent();
    }

    /** On a server: what adding and resetting do there, and who may; empty on a file. */
    public String serverNote() {
        return server.isPresent() ? messages.get("users.server.note") : "";
    }

    /** A form with the chosen user's name, role and departments. */
    public UserFormViewModel editForm() {
        return new UserFormViewModel(messages, users, background, admin, departments, Optional.of(selected.get()));
    }

    /** The administrator types a new password for the chosen user. */
    public PasswordViewModel resetPasswordForm() {
        User user = selected.get();
        return new PasswordViewModel(messages, background, messages.get("password.resetTitle", user.login()), false,
                (old, password, repeated) -> {
                    if (server.isPresent()) {
                        server.get().resetPassword(admin, user.login(), password, repeated);
                    } else {
                        users.resetPassword(admin, user.login(), password, repeated);
                    }
                });
    }

    /** After a form saved: says so, and shows the list as stored. */
    public void saved(String text) {
        message.set(text);
        load();
    }

    public String deactivateQuestion() {
        User user = selected.get();
        return messages.get("users.deactivate.question", user.login(), user.fullName());
    }

    public String roleText(User user) {
        return messages.get(user.role().key());
    }

    public String departmentCodes(User user) {
        return departments.stream().filter(d -> user.departmentIds().contains(d.id())).map(Department::code)
                .collect(Collectors.joining(", "));
    }

    public String statusText(User user) {
        return messages.get(user.active() ? "users.status.active" : "users.status.inactive");
    }

    public String when(UserChange change) {
        return Times.dateTime(change.changedAt());
    }

    public String who(UserChange change) {
        return change.actorName() + " (" + change.actorLogin() + ")";
    }

    public String what(UserChange change) {
        return messages.get(change.kind().key()) + " – " + messages.get(change.field().key());
    }

    /**
     * "Koordinator → Administrator", "– → KFF"; for a new user only the value; empty for a password,
     * whose values are never kept.
     */
    public String change(UserChange change) {
        if (change.field() == UserChange.Field.PASSWORD) {
            return "";
        }
        String after = value(change.field(), change.newValue());
        return change.oldValue() == null ? after : value(change.field(), change.oldValue()) + " → " + after;
    }

    private String value(UserChange.Field field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "–";
        }
        return switch (field) {
            case ROLE -> messages.get(Role.valueOf(stored).key());
            case ACTIVE -> messages.get(Boolean.parseBoolean(stored) ? "users.status.active" : "users.status.inactive");
            default -> stored;
        };
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(ErrorText.of(messages, error));
    }

    /** "Deaktiver…" for an active user, "Genaktiver" for a deactivated one. */
    public StringBinding activeCommandText() {
        return Bindings.createStringBinding(() -> messages.get(selected.get() == null || selected.get().active()
                ? "users.button.deactivate" : "users.button.reactivate"), selected);
    }

    /** "Ændringer for karen", or what to do to see some. */
    public StringBinding historyTitle() {
        return Bindings.createStringBinding(() -> selected.get() == null ? messages.get("users.history")
                : messages.get("users.history.of", selected.get().login()), selected);
    }

    public boolean selectedIsActive() {
        return selected.get() != null && selected.get().active();
    }

    public ObservableList<User> list() {
        return list;
    }

    public ObservableList<UserChange> history() {
        return history;
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public BooleanBinding canActOnSelectedProperty() {
        return canActOnSelected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
