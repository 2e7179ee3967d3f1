package dk.sikkerby.indberetning.app;

import java.io.File;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's temporary files (the streaming workbook writes its sheets to them) go to a folder of the
 * user's own, {@code tmp} in the data folder, instead of the shared {@code /tmp/poifiles}, which the
 * first user to export owns, so that a second user's export failed with "access denied".
 */
public final class TempFiles {

    private TempFiles() {
    }

    /** Call once at start, before the first export. */
    public static void configure() {
        configure(AppPaths.dataDir().resolve("tmp"));
    }

    static void configure(Path folder) {
        File dir = folder.toFile();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir));
    }
}
