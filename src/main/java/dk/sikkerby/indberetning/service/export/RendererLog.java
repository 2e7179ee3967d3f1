package dk.sikkerby.indberetning.service.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PDF renderer's messages sent to java.util.logging like every other library's, so that the app's
 * logging configuration applies: by default the renderer prints its timings and font loading on the
 * console. Its warnings are about the CSS this program writes, so they are details (FINE); only its
 * errors are warnings here.
 */
final class RendererLog implements XRLogger {

    private static volatile boolean installed;

    static void install() {
        if (!installed) {
            XRLog.setLoggerImpl(new RendererLog());
            installed = true;
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(ours(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(ours(level), message, error);
    }

    @Override
    public void setLevel(String where, Level level) {
        // the app's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger("com.openhtmltopdf").isLoggable(ours(diagnostic.getLevel()));
    }

    private static Level ours(Level level) {
        return level.intValue() >= Level.SEVERE.intValue() ? Level.WARNING : Level.FINE;
    }
}
