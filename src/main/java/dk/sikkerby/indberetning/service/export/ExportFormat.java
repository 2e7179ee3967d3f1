package dk.sikkerby.indberetning.service.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What an export writes: the workbook (appendix and data sheets), the data as CSV, or the appendix as the
 * committee receives it: an accessible PDF or a Word document to edit.
 */
public enum ExportFormat {
    XLSX, CSV, PDF, DOCX;

    /** Traffic lights colour the score cells of the appendix; CSV has no cells to colour. */
    public boolean hasColours() {
        return this != CSV;
    }

    /** The appendix as a document (PDF, Word), where the criteria can be listed under each initiative's row. */
    public boolean isDocument() {
        return this == PDF || this == DOCX;
    }

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
