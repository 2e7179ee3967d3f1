package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.StartOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code sikkerby [--db PATH] [--lang da|en] [COMMAND]}: without a command the desktop app starts;
 * with one, the command runs without a display.
 */
@Command(name = "sikkerby", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,

        subcommands = {InitCommand.class, YearsCommand.class, ImportCommand.class, ExportCommand.class,
            TemplateCommand.class, ImportReturnCommand.class, UserAddCommand.class,
            UsersCommand.class, UserEditCommand.class, UserDeactivateCommand.class, UserReactivateCommand.class,
            UserPasswordCommand.class, CheckCommand.class, BackupCommand.class, RestoreCommand.class,
            NewYearCommand.class, HistoryCommand.class, LinkCommand.class, ServerInitCommand.class,
            MoveToServerCommand.class})
public class SikkerByCommand {

    @Mixin
    StartOptions options = new StartOptions();

    public StartOptions options() {
        return options;
    }
}
