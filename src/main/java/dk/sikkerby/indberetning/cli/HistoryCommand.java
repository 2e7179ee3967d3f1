package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.service.history.HistoryReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code history --initiative NAME|ID [--from YEAR] [--report text|json]}: the history view's content
 * for one initiative: per year the score and its trend, the criteria with their outcomes, and both
 * texts. Reads only; exit 1 with one sentence if no initiative has that name or id.
 */
@Command(name = "history", mixinStandardHelpOptions = true)
public class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--initiative", paramLabel = "NAME|ID", required = true, descriptionKey = "cli.history.initiative")
    String initiative;

    @Option(names = "--from", paramLabel = "YEAR", descriptionKey = "cli.history.from")
    int from;

    @Option(names = "--report", paramLabel = "text|json", descriptionKey = "cli.history.report",
            defaultValue = "text")
    ImportCommand.ReportFormat report;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.openToRead(spec)) {
            InitiativeHistory history = session.services().history().history(initiative, from);
            if (report == ImportCommand.ReportFormat.JSON) {
                session.out().println(HistoryReport.json(history));
            } else {
                HistoryReport.text(history, session.messages()).forEach(session.out()::println);
            }
        }
        return 0;
    }
}
