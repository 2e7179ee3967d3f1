package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.Console;

/**
 * Where a command gets a password: from an environment variable (for scripts), or else typed at the
 * console without echo. Never from an option, which would show in the process list and shell history.
 */
interface PasswordSource {

    char[] read(String environmentVariable, String prompt);

    PasswordSource SYSTEM = (variable, prompt) -> {
        String fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserFacingException("cli.error.noPassword", variable);
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? new char[0] : typed;
    };
}
