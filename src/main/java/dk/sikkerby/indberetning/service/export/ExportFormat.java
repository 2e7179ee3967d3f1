package dk.sikkerby.indberetning.service.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What an export writes: the workbook (appendix and data sheets) or the data as CSV. */
public enum ExportFormat {
    XLSX, CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name asks for by its extension, if any. */
    public static Optional<ExportFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
