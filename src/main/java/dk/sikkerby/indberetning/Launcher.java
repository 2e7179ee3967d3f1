package dk.sikkerby.indberetning;

import dk.sikkerby.indberetning.app.EarlyDatabase;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.cli.Cli;
import dk.sikkerby.indberetning.cli.SikkerByCommand;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.ui.SikkerByApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * The entry point. A plain class, not a JavaFX {@code Application}, so that it starts with JavaFX on
 * the class path too. Without a command it starts the desktop app; with one it runs the command line,
 * which never touches JavaFX and so runs without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging();
        if (args.length == 0) {
            // the start from the menu: no command line to parse, so picocli is not even loaded
            startApp(new StartOptions(), args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cli = Cli.create(args, out, err);
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            System.exit(Cli.USAGE);
            return;
        }
        boolean startApp = parsed.subcommand() == null && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        if (startApp) {
            startApp(((SikkerByCommand) cli.getCommand()).options(), args);
            return;
        }
        System.exit(cli.execute(args));
    }

    /** Starts opening the database, then JavaFX: the two overlap (docs/decisions/0403-start-up-order.md). */
    private static void startApp(StartOptions options, String[] args) {
        try {
            EarlyDatabase.begin(options.databaseFile(options.settings()));
        } catch (UserFacingException e) {
            // a broken settings file: the app reports it in its window
        }
        Application.launch(SikkerByApp.class, args);
    }

    /** Warnings and errors only, unless -Dsikkerby.verbose=true; no banners from the libraries. */
    static void configureLogging() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (Boolean.getBoolean("sikkerby.verbose")) {
            return;
        }
        try (InputStream in = Launcher.class.getResourceAsStream("/sikkerby-logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("Logging could not be configured: " + e.getMessage());
        }
    }
}
