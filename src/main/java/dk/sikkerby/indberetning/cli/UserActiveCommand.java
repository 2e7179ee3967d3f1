package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.UserService;

/**
 * {@code user-deactivate} and {@code user-reactivate}: an administrator stops a user from signing in, or
 * lets them again. Nobody is deleted: the history keeps naming the person (decision 0510).
 */
abstract class UserActiveCommand extends UserCommandBase {

    /** The login of the user to deactivate or reactivate. */
    abstract String login();

    /** True to reactivate. */
    abstract boolean activate();

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.open(spec)) {
            UserService users = session.services().users();
            Actor admin = signIn(session);
            User changed = activate() ? users.reactivate(admin, login()) : users.deactivate(admin, login());
            session.out().println(session.messages().get(activate() ? "users.reactivated" : "users.deactivated",
                    changed.login()));
        }
        return 0;
    }
}
