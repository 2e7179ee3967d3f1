package dk.sikkerby.indberetning.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data: the folder the operating system expects for per-user application
 * data. The system property {@code sikkerby.dataDir} overrides it (tests, installers).
 */
public final class AppPaths {

    public static final String DATA_DIR_PROPERTY = "sikkerby.dataDir";

    private AppPaths() {
    }

    public static Path dataDir() {
        return dataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty(DATA_DIR_PROPERTY));
    }

    static Path dataDir(String osName, Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Sikker By") : Path.of(home, "AppData", "Roaming", "Sikker By");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Sikker By");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "sikkerby");
        }
        return Path.of(home, ".local", "share", "sikkerby");
    }

    public static Path defaultDatabase() {
        return dataDir().resolve("sikkerby");
    }

    public static Path settingsFile() {
        return dataDir().resolve("settings.properties");
    }
}
