package dk.sikkerby.indberetning.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code user-reactivate --user ADMIN --login LOGIN}: a deactivated user may sign in again. */
@Command(name = "user-reactivate", mixinStandardHelpOptions = true)
public class UserReactivateCommand extends UserActiveCommand {

    @Option(names = "--login", required = true, paramLabel = "LOGIN",
            descriptionKey = "cli.user-reactivate.option.login")
    String login;

    @Override
    String login() {
        return login;
    }

    @Override
    boolean activate() {
        return true;
    }
}
