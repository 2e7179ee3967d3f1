package dk.sikkerby.indberetning;

import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.cli.Cli;
import dk.sikkerby.indberetning.ui.SikkerByApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.LogManager;

/**
 * The entry point. A plain class, not a JavaFX {@code Application}, so that it starts with JavaFX on
 * the class path too. With no arguments but the desktop options it starts the desktop app, without
 * loading the command-line parser; otherwise it runs the command line, which never touches JavaFX and
 * so runs without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging();
        Optional<StartOptions> desktop = StartOptions.forDesktop(args);
        if (desktop.isPresent()) {
            SikkerByApp.launch(desktop.get(), args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // a mistake in the options is answered by picocli with its message, the usage and Cli.USAGE
        System.exit(Cli.create(args, out, err).execute(args));
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
