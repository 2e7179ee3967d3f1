package dk.sikkerby.indberetning.service.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One export as the user asked for it: the year, the format, the file, optionally one department's
 * code, traffic lights (every format but CSV), the CSV dialect and what the appendix may add
 * ({@link AppendixOptions}, none unless asked for).
 */
public record ExportRequest(int year, ExportFormat format, Path target, Optional<String> department,
                            boolean colours, CsvDialect dialect, AppendixOptions options) {

    public ExportRequest {
        Objects.requireNonNull(format);
        Objects.requireNonNull(target);
        department = department.map(String::strip).filter(code -> !code.isEmpty());
        dialect = dialect == null ? CsvDialect.COMMA : dialect;
        options = options == null ? AppendixOptions.NONE : options;
    }

    /** An export in the committee's layout (no appendix options). */
    public ExportRequest(int year, ExportFormat format, Path target, Optional<String> department, boolean colours,
                         CsvDialect dialect) {
        this(year, format, target, department, colours, dialect, AppendixOptions.NONE);
    }

    public static ExportRequest xlsx(int year, Path target) {
        return new ExportRequest(year, ExportFormat.XLSX, target, Optional.empty(), false, CsvDialect.COMMA);
    }

    public static ExportRequest csv(int year, Path target, CsvDialect dialect) {
        return new ExportRequest(year, ExportFormat.CSV, target, Optional.empty(), false, dialect);
    }

    public ExportRequest withDepartment(String code) {
        return new ExportRequest(year, format, target, Optional.ofNullable(code), colours, dialect, options);
    }

    public ExportRequest withColours(boolean on) {
        return new ExportRequest(year, format, target, department, on, dialect, options);
    }

    public ExportRequest withOptions(AppendixOptions chosen) {
        return new ExportRequest(year, format, target, department, colours, dialect, chosen);
    }
}
