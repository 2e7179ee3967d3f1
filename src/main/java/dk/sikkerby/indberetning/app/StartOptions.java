package dk.sikkerby.indberetning.app;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * The options of a desktop start, read without the command-line parser (which costs a noticeable
     * part of the start-up): {@code --db PATH}, {@code --lang da|en} (also with {@code =}) and
     * {@code --smoke-test}. Empty for anything else (a command, help, an unknown or incomplete option),
     * which the command-line parser then handles with its usual messages.
     */
    public static Optional<StartOptions> forDesktop(String[] args) {
        StartOptions options = new StartOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (name.equals("--smoke-test") && eq < 0) {
                options.smokeTest = true;
                continue;
            }
            if (!name.equals("--db") && !name.equals("--lang")) {
                return Optional.empty();
            }
            String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
            if (value == null || value.startsWith("--")) {
                return Optional.empty();
            }
            if (name.equals("--db")) {
                options.database = value;
            } else {
                options.language = value;
            }
        }
        return Optional.of(options);
    }

    public boolean smokeTest() {
        return smokeTest;
    }

    public Settings settings() {
        return Settings.load(AppPaths.settingsFile());
    }

    /**
     * The server that {@code --db} or the settings' {@code database=} name, if they name one (a
     * {@code jdbc:} address); empty for a file.
     *
     * @throws UserFacingException if the address is not of the form jdbc:postgresql://HOST:PORT/DATABASE
     */
    public Optional<ServerAddress> server(Settings settings) {
        String named = database != null && !database.isBlank() ? database : settings.databaseText().orElse(null);
        if (!ServerAddress.isServer(named)) {
            return Optional.empty();
        }
        return Optional.of(ServerAddress.parse(named)
                .orElseThrow(() -> new UserFacingException("server.error.badAddress", named.strip())));
    }

    public DatabaseFile databaseFile(Settings settings) {
        if (database != null && !database.isBlank()) {
            return DatabaseFile.of(database);
        }
        return DatabaseFile.of(settings.database().orElse(AppPaths.defaultDatabase()));
    }

    /**
     * True when neither {@code --db} nor the settings name the file: the data folder's own database,
     * which any command may create (a path the user typed may hold a typo, so only {@code init} creates that).
     */
    public boolean usesDefaultDatabase(Settings settings) {
        return (database == null || database.isBlank()) && settings.database().isEmpty();
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
