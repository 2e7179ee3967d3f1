package dk.sikkerby.indberetning.ui.users;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new password typed twice: an administrator resetting another user's, or anyone changing their own
 * (then the current one is asked for too). The hashing runs in the background; a refusal is shown.
 */
public final class PasswordViewModel {

    /** What saving does with the typed passwords ({@code old} is empty when not asked for). */
    @FunctionalInterface
    public interface Change {
        void apply(char[] old, char[] password, char[] repeated);
    }

    private final Messages messages;
    private final Background background;
    private final String title;
    private final boolean asksOld;
    private final Change change;

    private final StringProperty old = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canSave;

    public PasswordViewModel(Messages messages, Background background, String title, boolean asksOld, Change change) {
        this.messages = messages;
        this.background = background;
        this.title = title;
        this.asksOld = asksOld;
        this.change = change;
        BooleanBinding filled = password.isNotEmpty().and(repeated.isNotEmpty());
        canSave = (asksOld ? filled.and(old.isNotEmpty()) : filled).and(busy.not());
    }

    public void save(Runnable onSaved) {
        if (!canSave.get()) {
            return;
        }
        char[] current = old.get().toCharArray();
        char[] secret = password.get().toCharArray();
        char[] again = repeated.get().toCharArray();
        busy.set(true);
        error.set("");
        background.run(() -> {
            change.apply(current, secret, again);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            clear();
            onSaved.run();
        }, failure -> {
            busy.set(false);
            clear();
            error.set(ErrorText.of(messages, failure));
        });
    }

    private void clear() {
        old.set("");
        password.set("");
        repeated.set("");
    }

    public String title() {
        return title;
    }

    public String hint() {
        return messages.get("password.hint", UserService.MIN_PASSWORD);
    }

    public boolean asksOld() {
        return asksOld;
    }

    public StringProperty oldProperty() {
        return old;
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
