package dk.sikkerby.indberetning.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a file in the program the system has for it (Excel for .xlsx). Called off the FX thread. */
@FunctionalInterface
public interface FileOpener {

    void open(Path file) throws IOException;

    /** The desktop's own "open": AWT's Desktop where it is supported, else xdg-open or open. */
    static FileOpener desktop() {
        return file -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String command = os.contains("mac") ? "open" : "xdg-open";
            new ProcessBuilder(command, file.toString()).inheritIO().start();
        };
    }
}
