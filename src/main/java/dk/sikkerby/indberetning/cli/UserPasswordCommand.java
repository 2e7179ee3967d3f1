package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code user-password --user LOGIN [--login OTHER]}: without {@code --login}, the user changes their own
 * password (the current one is the one they signed in with); with it, an administrator resets another
 * user's. The new password comes from SIKKERBY_NEW_PASSWORD or is typed twice; never from an option.
 */
@Command(name = "user-password", mixinStandardHelpOptions = true)
public class UserPasswordCommand extends UserCommandBase {

    @Option(names = "--login", paramLabel = "LOGIN", descriptionKey = "cli.user-password.option.login")
    String login;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.open(spec)) {
            if (session.services().database().isServer()) {
                throw new UserFacingException("server.error.passwordOnServer");
            }
            SignInService signIn = session.services().signIn();
            UserService users = session.services().users();
            char[] current = user.password(session);
            Actor actor = signIn.signIn(user.requireLogin(), current);
            boolean own = login == null || login.strip().equalsIgnoreCase(actor.login());
            String whose = own ? actor.login() : find(users, login).login();
            char[][] password = newPassword(session, "cli.user-password.newPassword", whose);
            if (own) {
                signIn.changeOwnPassword(actor, current, password[0], password[1]);
            } else {
                users.resetPassword(actor, whose, password[0], password[1]);
            }
            session.out().println(session.messages().get(own ? "cli.user-password.changed" : "cli.user-password.reset",
                    whose));
        }
        return 0;
    }
}
