package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.YearSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code years}: the years in the database with how many initiatives have and lack a score. */
@Command(name = "years", mixinStandardHelpOptions = true)
public class YearsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Not needed for a file; on a server every person signs in with their own login. */
    @Mixin
    UserOption user = new UserOption();

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.openToRead(spec)) {
            List<YearSummary> years = session.services().submissions().years();
            if (years.isEmpty()) {
                session.out().println(session.messages().get("cli.years.none"));
            }
            for (YearSummary y : years) {
                session.out().println(session.messages().get("cli.years.line", y.year().year(), y.year().title(),
                        y.initiatives(), y.scored(), y.missing()));
            }
        }
        return 0;
    }
}
