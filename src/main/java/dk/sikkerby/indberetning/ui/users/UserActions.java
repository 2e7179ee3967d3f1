package dk.sikkerby.indberetning.ui.users;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.Target;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The main window's commands about users: File → Users (administrators) and File → Change password
 * (anyone, also by clicking one's name in the status bar). The app's one {@link SignInService} checks the old password, as it
 * checks the sign-in form's, so wrong passwords are counted together; its work runs in the background in the view models.
 */
public final class UserActions {

    private final Window owner;
    private final Messages messages;
    private final Background background;
    private final Supplier<AppContext> context;
    private final Consumer<String> status;

    /** {@code status}: where a sentence for the main window goes ("Din adgangskode er skiftet."). */
    public UserActions(Window owner, Messages messages, Background background, Supplier<AppContext> context,
                       Consumer<String> status) {
        this.owner = owner;
        this.messages = messages;
        this.background = background;
        this.context = context;
        this.status = status;
    }

    /** Only an administrator manages users; others are told why (the service refuses them too). */
    public void openUsers() {
        AppContext opened = context.get();
        Optional<UserFacingException> refused = Rights.refusal(opened.actor(), Action.MANAGE_USERS,
                Target.year(0, false));
        if (refused.isPresent()) {
            Dialogs.error(owner, messages, ErrorText.of(messages, refused.get()));
            return;
        }
        Optional<ServerUsers> server = opened.services().database().isServer()
                ? Optional.of(opened.services().serverUsers()) : Optional.empty();
        new UsersView(new UsersViewModel(messages, users(), opened.setup(), background, opened.actor(), server),
                messages, owner).show();
    }

    /** The signed-in user types their current password and a new one twice. */
    public void changeOwnPassword() {
        if (context.get().services().database().isServer()) {
            // the server keeps the passwords: said at once, as the command line says it
            Dialogs.error(owner, messages, messages.get("server.error.passwordOnServer"));
            return;
        }
        Actor actor = context.get().actor();
        SignInService signIn = context.get().services().signIn();
        new PasswordView(new PasswordViewModel(messages, background, messages.get("password.changeTitle"), true,
                (old, password, repeated) -> signIn.changeOwnPassword(actor, old, password, repeated)),
                messages, owner, () -> status.accept(messages.get("password.changed"))).show();
    }

    /** The app's one user service. */
    private UserService users() {
        return context.get().services().users();
    }
}
