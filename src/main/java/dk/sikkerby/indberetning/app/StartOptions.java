package dk.sikkerby.indberetning.app;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options every start understands, the app's and the command line's: which database file and
 * which language. The command line wins over the settings file, which wins over the defaults.
 */
public class StartOptions {

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.db", scope = picocli.CommandLine.ScopeType.INHERIT)
    String database;

    @Option(names = "--lang", paramLabel = "da|en", descriptionKey = "cli.option.lang", scope = picocli.CommandLine.ScopeType.INHERIT)
    String language;

    @Option(names = "--smoke-test", hidden = true, descriptionKey = "cli.option.smokeTest")
    boolean smokeTest;

    public StartOptions() {
    }

    public StartOptions(String database, String language) {
        this.database = database;
        this.language = language;
    }

    public boolean smokeTest() {
        return smokeTest;
    }

    public Settings settings() {
        return Settings.load(AppPaths.settingsFile());
    }

    public DatabaseFile databaseFile(Settings settings) {
        if (database != null && !database.isBlank()) {
            return DatabaseFile.of(database);
        }
        return DatabaseFile.of(settings.database().orElse(AppPaths.defaultDatabase()));
    }

    public Locale locale(Settings settings) {
        if (language != null) {
            try {
                return Messages.parseLanguage(language);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("cli.error.language", language);
            }
        }
        return settings.language().orElse(Messages.DANISH);
    }
}
