package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.offline.ApplyResult;
import dk.sikkerby.indberetning.service.offline.Expectation;
import dk.sikkerby.indberetning.service.offline.FilePlan;
import dk.sikkerby.indberetning.service.offline.ImportPreview;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.service.offline.PreviewText;
import dk.sikkerby.indberetning.service.offline.Resolution;
import dk.sikkerby.indberetning.service.offline.RowPlan;
import dk.sikkerby.indberetning.service.offline.RowStatus;
import dk.sikkerby.indberetning.service.workflow.Actor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-return FILE… [--user LOGIN] [--dry-run] [--on-conflict keep-database|take-workbook]}: reads returned
 * workbooks, prints the preview, and writes all accepted files in one transaction. With no display to
 * confirm on, it is all or nothing: any refused file, or a conflict without a choice, writes nothing.
 */
@Command(name = "import-return", mixinStandardHelpOptions = true)
public class ImportReturnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.import-return.files")
    List<Path> files;

    @Option(names = "--dry-run", descriptionKey = "cli.import-return.dryRun")
    boolean dryRun;

    @Option(names = "--on-conflict", paramLabel = "keep-database|take-workbook",
            descriptionKey = "cli.import-return.onConflict")
    Resolution onConflict;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "cli.import-return.year")
    Integer year;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.import-return.department")
    String department;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.open(spec)) {
            Messages messages = session.messages();
            OfflineExchange exchange = session.services().offline();
            Actor actor = user.actor(session);
            ImportPreview preview = exchange.preview(actor, files, new Expectation(year, department), Progress.NONE);
            print(preview, messages, session.out());
            PrintWriter err = spec.commandLine().getErr();
            if (preview.anyRefused()) {
                err.println(messages.get("cli.import-return.refused"));
                return Cli.REFUSED;
            }
            if (dryRun) {
                session.out().println(messages.get("cli.import-return.dryRunDone"));
                return 0;
            }
            if (!preview.conflicts().isEmpty() && onConflict == null) {
                err.println(messages.get("cli.import-return.conflicts", preview.conflicts().size()));
                return Cli.REFUSED;
            }
            Map<RowPlan.Key, Resolution> resolutions = new HashMap<>();
            preview.conflicts().forEach(r -> resolutions.put(r.key(), onConflict));
            ApplyResult result = exchange.apply(actor, preview, resolutions);
            session.out().println(messages.get("cli.import-return.done", result.written(), result.files(), result.kept()));
        }
        return 0;
    }

    private static void print(ImportPreview preview, Messages messages, PrintWriter out) {
        PreviewText text = new PreviewText(messages);
        for (FilePlan file : preview.files()) {
            out.println(text.file(file));
            for (String finding : text.findings(file)) {
                out.println(messages.get("cli.import-return.finding", finding));
            }
            for (RowPlan row : file.rows()) {
                if (row.status() != RowStatus.UNCHANGED && row.status() != RowStatus.MISSING) {
                    out.println(messages.get("cli.import-return.rowChanges", text.status(row.status()), row.name(),
                            text.changes(row)));
                }
            }
        }
    }
}
