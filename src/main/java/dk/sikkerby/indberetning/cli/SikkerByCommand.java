package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.StartOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code sikkerby [--db PATH] [--lang da|en] [COMMAND]}: without a command the desktop app starts;
 * with one, the command runs without a display. Its commands are in {@link Subcommands}, which
 * {@link Cli#create} registers: only the one a run names, all of them otherwise (decision 1904).
 */
@Command(name = "sikkerby", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public class SikkerByCommand {

    @Mixin
    StartOptions options = new StartOptions();

    public StartOptions options() {
        return options;
    }
}
