package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Which database file a command works on, with the settings and the messages in the user's language;
 * {@code defaultFile}: the data folder's own database, named by neither {@code --db} nor the settings.
 */
record CliTarget(Settings settings, Messages messages, DatabaseFile file, boolean defaultFile) {

    /**
     * The file the command works on. The file-only commands ({@code check}, {@code backup}, {@code restore})
     * refuse a server as wrong usage, saying what to use instead (PostgreSQL's own tools, docs/server.md).
     */
    static CliTarget of(CommandSpec spec) {
        StartOptions options = ((SikkerByCommand) spec.root().userObject()).options();
        Settings settings = options.settings();
        Messages messages = Messages.forLocale(options.locale(settings));
        options.server(settings).ifPresent(server -> {
            throw new ParameterException(spec.commandLine(),
                    messages.get(onServerKey(spec.name()), server.toString()));
        });
        return new CliTarget(settings, messages, options.databaseFile(settings), options.usesDefaultDatabase(settings));
    }

    /** What a file-only command says on a server: what to use there instead. */
    private static String onServerKey(String command) {
        return switch (command) {
            case "backup" -> "cli.backup.onServer";
            case "restore" -> "cli.restore.onServer";
            default -> "cli.check.onServer";
        };
    }
}
