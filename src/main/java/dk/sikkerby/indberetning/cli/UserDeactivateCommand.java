package dk.sikkerby.indberetning.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code user-deactivate --user ADMIN --login LOGIN}: the user can no longer sign in. */
@Command(name = "user-deactivate", mixinStandardHelpOptions = true)
public class UserDeactivateCommand extends UserActiveCommand {

    @Option(names = "--login", required = true, paramLabel = "LOGIN",
            descriptionKey = "cli.user-deactivate.option.login")
    String login;

    @Override
    String login() {
        return login;
    }

    @Override
    boolean activate() {
        return false;
    }
}
