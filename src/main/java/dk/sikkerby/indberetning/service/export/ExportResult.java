package dk.sikkerby.indberetning.service.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the file, how many initiatives and how many of them lack a score, and the
 * initiatives whose text is too long for Excel to show in one row (the user is warned about them).
 */
public record ExportResult(Path file, int initiatives, int missing, List<String> clippedRows) {

    public ExportResult {
        clippedRows = List.copyOf(clippedRows);
    }
}
