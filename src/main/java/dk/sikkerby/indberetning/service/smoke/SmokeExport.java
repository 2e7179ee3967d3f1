package dk.sikkerby.indberetning.service.smoke;

import dk.sikkerby.indberetning.service.Progress;
import java.nio.file.Path;

/**
 * The export step of the installation smoke test ({@code --smoke-test}): writes one year to a file.
 * Today {@link InterimCsvExport} stands in; when the real exporter of issue 5 lands, the smoke test
 * is handed that exporter instead (see {@code SikkerByApp#smokeExport}).
 */
public interface SmokeExport {

    /** The file name extension of what {@link #write} writes, without the dot ("csv", "xlsx"). */
    String extension();

    /** Writes {@code year} to {@code target}, replacing it atomically. */
    void write(int year, Path target, Progress progress) throws Exception;
}
