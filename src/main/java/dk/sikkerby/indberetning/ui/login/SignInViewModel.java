package dk.sikkerby.indberetning.ui.login;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in, or creating the first administrator of an empty database. The password check runs in
 * the background (Argon2id takes a moment on purpose); a refusal is shown and the user tries again.
 * The form is shown before the database is open (the user types while it opens): which of the two it
 * asks for starts as a guess and is settled by {@link #setFirstAdministrator} when the database answers,
 * and a submit waits for the open database.
 */
public final class SignInViewModel {

    private final Messages messages;
    private final CompletableFuture<SignInService> users;
    private final Background background;
    private final BooleanProperty firstAdministrator = new SimpleBooleanProperty();

    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canSubmit;

    /**
     * @param users completes with the open database's users (or fails, which the app reports itself)
     * @param firstAdministrator what to ask for until the database says ({@link #setFirstAdministrator})
     */
    public SignInViewModel(Messages messages, CompletableFuture<SignInService> users, Background background,
                           boolean firstAdministrator) {
        this.messages = messages;
        this.users = users;
        this.background = background;
        this.firstAdministrator.set(firstAdministrator);
        BooleanBinding firstFilled = Bindings.createBooleanBinding(
                () -> !this.firstAdministrator.get() || !fullName.get().isEmpty() && !repeated.get().isEmpty(),
                this.firstAdministrator, fullName, repeated);
        canSubmit = login.isNotEmpty().and(password.isNotEmpty()).and(firstFilled).and(busy.not());
    }

    /** Checks in the background; {@code onSignedIn} gets the actor on success. */
    public void submit(Consumer<Actor> onSignedIn) {
        if (!canSubmit.get()) {
            return;
        }
        String who = login.get();
        String name = fullName.get();
        char[] secret = password.get().toCharArray();
        char[] again = repeated.get().toCharArray();
        boolean first = firstAdministrator.get();
        busy.set(true);
        error.set("");
        background.run(() -> first
                        ? users.join().createFirstAdministrator(who, name, secret, again)
                        : users.join().signIn(who, secret),
                actor -> {
                    busy.set(false);
                    password.set("");
                    repeated.set("");
                    onSignedIn.accept(actor);
                },
                failure -> {
                    busy.set(false);
                    password.set("");
                    repeated.set("");
                    error.set(ErrorText.of(messages, failure));
                });
    }

    public boolean isFirstAdministrator() {
        return firstAdministrator.get();
    }

    /** The database has answered whether it has users yet: asks for what it needs. */
    public void setFirstAdministrator(boolean first) {
        firstAdministrator.set(first);
    }

    public BooleanProperty firstAdministratorProperty() {
        return firstAdministrator;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
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

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
