package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import picocli.CommandLine.Option;

/**
 * {@code --user LOGIN}, mixed into every command that writes or exports: the password comes from
 * SIKKERBY_PASSWORD or the console (decision 0503). On a database without users the command acts as
 * the built-in set-up actor and needs no user; once users exist, {@code --user} is required
 * (decision 0506).
 */
public class UserOption {

    @Option(names = "--user", paramLabel = "LOGIN", descriptionKey = "cli.option.user")
    String login;

    PasswordSource passwords = PasswordSource.SYSTEM;

    /** Signs in, or gives the set-up actor on a database without users. */
    Actor actor(CliSession session) {
        if (session.services().database().isServer()) {
            return session.services().serverUsers().signIn();
        }
        if (session.services().signIn().needsFirstAdministrator()) {
            if (login != null) {
                throw new UserFacingException("cli.error.noUsersYet", login);
            }
            return SetUpActor.named(session.messages().get("cli.setUpActor.name"));
        }
        if (login == null) {
            throw new UserFacingException("cli.error.userRequiredOnceUsersExist");
        }
        return signIn(session);
    }

    /** Signs in as {@code --user}, which the commands that change users always need. */
    Actor signIn(CliSession session) {
        if (session.services().database().isServer()) {
            return session.services().serverUsers().signIn();
        }
        return session.services().signIn().signIn(requireLogin(), password(session));
    }

    String requireLogin() {
        if (login == null) {
            throw new UserFacingException("cli.error.userRequired");
        }
        return login;
    }

    /** The password of {@code --user}: SIKKERBY_PASSWORD, or typed at the console. */
    char[] password(CliSession session) {
        return password(session.messages());
    }

    char[] password(dk.sikkerby.indberetning.i18n.Messages messages) {
        return passwords.read("SIKKERBY_PASSWORD", messages.get("cli.password", requireLogin()));
    }
}
