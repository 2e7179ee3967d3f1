package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.export.AppendixOptions;
import dk.sikkerby.indberetning.service.export.CsvDialect;
import dk.sikkerby.indberetning.service.export.ExportFormat;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --year YEAR [--format xlsx|csv|pdf|docx] --out FILE [--department CODE] [--colours]
 * [--criteria] [--last-year] [--separator ,|;] [--user LOGIN]}: writes the year's table to a workbook or a CSV file,
 * or the appendix to a PDF or Word document. The options are checked
 * before the database is opened; the file is replaced only when the new one is complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.export.option.year")
    int year;

    @Option(names = "--format", paramLabel = "xlsx|csv|pdf|docx", descriptionKey = "cli.export.option.format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.option.out")
    Path out;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.export.option.department")
    String department;

    @Option(names = "--colours", descriptionKey = "cli.export.option.colours")
    boolean colours;

    @Option(names = "--criteria", descriptionKey = "cli.export.option.criteria")
    boolean criteria;

    @Option(names = "--last-year", descriptionKey = "cli.export.option.lastYear")
    boolean lastYear;

    @Option(names = "--separator", paramLabel = ",|;", descriptionKey = "cli.export.option.separator")
    String separator;

    @Override
    public Integer call() throws Exception {
        ExportRequest request = request();
        try (CliSession session = CliSession.open(spec)) {
            ExportResult result = session.services().exports()
                    .export(user.actor(session), request, Progress.NONE);
            for (String initiative : result.clippedRows()) {
                spec.commandLine().getErr().println(session.messages().get("export.clipped", initiative));
            }
            session.out().println(session.messages().get("cli.export.done", year,
                    result.file().toAbsolutePath().toString(), result.initiatives(), result.missing()));
        }
        return 0;
    }

    private ExportRequest request() {
        ExportFormat chosen = format == null
                ? ExportFormat.fromFileName(out).orElseThrow(() -> new UserFacingException("export.error.formatFromName", out.toString()))
                : parseFormat(format);
        if (colours && !chosen.hasColours()) {
            throw new UserFacingException("export.error.coloursNotInCsv");
        }
        if (separator != null && chosen != ExportFormat.CSV) {
            throw new UserFacingException("export.error.separatorNeedsCsv");
        }
        CsvDialect dialect = CsvDialect.COMMA;
        if (separator != null) {
            try {
                dialect = CsvDialect.ofSeparator(separator);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("export.error.separator", separator);
            }
        }
        if (criteria && !chosen.isDocument()) {
            throw new UserFacingException("export.error.criteriaOnlyInDocuments");
        }
        return new ExportRequest(year, chosen, out, Optional.ofNullable(department), colours, dialect,
                new AppendixOptions(criteria, lastYear));
    }

    private static ExportFormat parseFormat(String text) {
        try {
            return ExportFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("export.error.format", text);
        }
    }
}
