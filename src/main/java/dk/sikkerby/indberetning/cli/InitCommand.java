package dk.sikkerby.indberetning.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code init}: creates the database file, or brings an existing one up to date. */
@Command(name = "init", mixinStandardHelpOptions = true)
public class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.open(spec, true, false)) {
            session.out().println(session.messages().get("cli.init.done", session.services().database().file().toString()));
        }
        return 0;
    }
}
