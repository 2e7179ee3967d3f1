package dk.sikkerby.indberetning;

import dk.sikkerby.indberetning.app.Logging;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.app.TempFiles;
import dk.sikkerby.indberetning.cli.Cli;
import dk.sikkerby.indberetning.ui.SikkerByApp;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
        Optional<StartOptions> desktop = StartOptions.forDesktop(args);
        if (desktop.isPresent()) {
            // the desktop app configures logging on its database thread, not before its window
            SikkerByApp.launch(desktop.get(), args);
            return;
        }
        Logging.configure();
        TempFiles.configure();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // a mistake in the options is answered by picocli with its message, the usage and Cli.USAGE
        System.exit(Cli.create(args, out, err).execute(args));
    }
}
