package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.AppPaths;
import dk.sikkerby.indberetning.app.Logging;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.offline.Resolution;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Builds the command line with its texts from the bundle, and turns every failure into one message on
 * stderr and a non-zero exit status: 1 for a refused action, 2 for wrong usage, 3 for a database that
 * cannot be opened, 4 for an unexpected error.
 */
public final class Cli {

    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int DATABASE = 3;
    public static final int UNEXPECTED = 4;

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    /** The command line for {@code args}, with only the command they name registered ({@link Subcommands}). */
    public static CommandLine create(String[] args, PrintWriter out, PrintWriter err) {
        return create(args, Subcommands.neededFor(args), out, err);
    }

    /** The command line with {@code commands} registered, in their order. */
    static CommandLine create(String[] args, List<Class<?>> commands, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.forLocale(guessLocale(args));
        CommandLine cli = new CommandLine(new SikkerByCommand());
        commands.forEach(cli::addSubcommand);
        // enumerated option values by their names on the command line, refused in a sentence (no Java names)
        cli.registerConverter(ImportCommand.ReportFormat.class,
                value -> choice(ImportCommand.ReportFormat.class, value, "text|json", messages));
        cli.registerConverter(Resolution.class,
                value -> choice(Resolution.class, value, "keep-database|take-workbook", messages));
        cli.setResourceBundle(messages.bundle());
        cli.setOut(out);
        cli.setErr(err);
        describe(cli, "cli.description", messages);
        cli.getSubcommands().forEach((name, sub) -> describe(sub, "cli." + name + ".description", messages));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof DatabaseOpenException d) {
                LOG.log(Level.INFO, "The database was refused.", d);
                err.println(messages.get(d.messageKey(), d.messageArgs()));
                return DATABASE;
            }
            if (e instanceof UserFacingException u) {
                err.println(messages.get(u.key(), u.args().toArray()));
                // a language the program does not know is a mistake in the options, like any other
                return u.key().equals("cli.error.language") ? USAGE : REFUSED;
            }
            if (DatabaseOpenException.saysNoSpace(e)) {
                LOG.log(Level.WARNING, "The drive became full during the command.", e);
                err.println(messages.get("error.diskFull.work"));
                return DATABASE;
            }
            LOG.log(Level.SEVERE, "The command failed unexpectedly.", e);
            err.println(messages.get("cli.error.unexpected", Logging.logFile().toString()));
            return UNEXPECTED;
        });
        return cli;
    }

    /** An enum value written as on the command line ("keep-database"), in any case. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value, String choices, Messages messages) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(messages.get("cli.error.choice", value, choices));
        }
    }

    /** Sets a command's description from the bundle; subcommands call it for their own. */
    public static void describe(CommandLine command, String key, Messages messages) {
        command.getCommandSpec().usageMessage().description(messages.get(key));
    }

    /** The language for the command line's own texts, before the options are parsed. */
    private static Locale guessLocale(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = a.startsWith("--lang=") ? a.substring(7) : a.equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Messages.parseLanguage(value);
                } catch (IllegalArgumentException e) {
                    return Messages.DANISH;
                }
            }
        }
        try {
            return Settings.load(AppPaths.settingsFile()).language().orElse(Messages.DANISH);
        } catch (UserFacingException e) {
            return Messages.DANISH;
        }
    }
}
