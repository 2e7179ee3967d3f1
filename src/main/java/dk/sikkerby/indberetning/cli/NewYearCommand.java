package dk.sikkerby.indberetning.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code new-year --year YEAR [--user LOGIN]}: makes YEAR from the latest earlier year, as the menu's
 * "new year from last year" does: the set-up, and the success criteria's texts carried over without
 * outcomes. Only an administrator; refused (exit 1) if the year exists or there is no earlier year.
 */
@Command(name = "new-year", mixinStandardHelpOptions = true)
public class NewYearCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Option(names = "--year", paramLabel = "YEAR", required = true, descriptionKey = "cli.newYear.year")
    int year;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.open(spec)) {
            session.services().setup().createFromPreviousYear(user.actor(session), year);
            session.out().println(session.messages().get("cli.newYear.done", year));
        }
        return 0;
    }
}
