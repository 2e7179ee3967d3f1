package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importer.BundledExample;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportResult;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.importer.ImportTexts;
import dk.sikkerby.indberetning.service.importer.JsonReport;
import dk.sikkerby.indberetning.service.importer.Outcome;
import dk.sikkerby.indberetning.service.importer.ReadAhead;
import dk.sikkerby.indberetning.service.importer.TextReport;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE|--example YEAR [--user LOGIN] [--year YEAR] [--dry-run] [--replace] [--report text|json]}:
 * imports an old appendix (a file, or an example the app ships) in one transaction and prints the report
 * on stdout, with the likely renames the written year brings against its neighbouring years and the
 * {@code link} command for each (nothing is linked by the import, decision 0703). Exit status 0 if the file was imported
 * (or, in a dry run, could be, or there was nothing to change); 1 with the report and one sentence on
 * stderr if it was refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public class ImportCommand implements Callable<Integer> {

    /** The report's form. */
    public enum ReportFormat { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--example", paramLabel = "YEAR", descriptionKey = "cli.import.example")
    Integer example;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "cli.import.year")
    Integer year;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--replace", descriptionKey = "cli.import.replace")
    boolean replace;

    @Option(names = "--report", paramLabel = "text|json", descriptionKey = "cli.import.report",
            defaultValue = "text")
    ReportFormat report;

    @Override
    public Integer call() throws Exception {
        Optional<BundledExample> bundled = chosenExample();
        Optional<ReadAhead> ahead = bundled.isPresent() ? Optional.empty()
                : Optional.of(ReadAhead.start(file, Optional.ofNullable(year)));
        try (CliSession session = CliSession.open(spec, false, replace && !dryRun)) {
            ImportRequest request = new ImportRequest(Optional.ofNullable(year), dryRun, replace);
            ImportService service = session.services().imports();
            ImportResult result = bundled.isPresent()
                    ? service.run(user.actor(session), bundled.get(), request, Progress.NONE)
                    : service.run(user.actor(session), ahead.orElseThrow(), request, Progress.NONE);
            ImportTexts texts = new ImportTexts(session.messages());
            List<LinkProposal> proposedLinks = result.outcome() == Outcome.IMPORTED
                    ? session.services().links().proposalsAround(result.parsed().year()) : List.of();
            if (report == ReportFormat.JSON) {
                session.out().println(JsonReport.write(result, texts, proposedLinks));
            } else {
                TextReport.lines(result, texts, proposedLinks).forEach(session.out()::println);
            }
            if (result.outcome().isRefused()) {
                spec.commandLine().getErr().println(texts.outcome(result));
                return Cli.REFUSED;
            }
        }
        return 0;
    }

    /** The example asked for with {@code --example}, if any; exactly one of FILE and --example is required. */
    private Optional<BundledExample> chosenExample() {
        ResourceBundle texts = spec.commandLine().getResourceBundle();
        if ((file == null) == (example == null)) {
            throw new ParameterException(spec.commandLine(),
                    texts.getString(file == null ? "cli.import.fileOrExample" : "cli.import.fileAndExample"));
        }
        if (example == null) {
            return Optional.empty();
        }
        String years = BundledExample.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of(BundledExample.forYear(example).orElseThrow(() -> new ParameterException(spec.commandLine(),
                MessageFormat.format(texts.getString("cli.import.noSuchExample"), String.valueOf(example), years))));
    }
}
