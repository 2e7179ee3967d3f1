package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Which database file a command works on, with the settings and the messages in the user's language;
 * {@code defaultFile}: the data folder's own database, named by neither {@code --db} nor the settings.
 */
record CliTarget(Settings settings, Messages messages, DatabaseFile file, boolean defaultFile) {

    static CliTarget of(CommandSpec spec) {
        StartOptions options = ((SikkerByCommand) spec.root().userObject()).options();
        Settings settings = options.settings();
        return new CliTarget(settings, Messages.forLocale(options.locale(settings)), options.databaseFile(settings),
                options.usesDefaultDatabase(settings));
    }
}
