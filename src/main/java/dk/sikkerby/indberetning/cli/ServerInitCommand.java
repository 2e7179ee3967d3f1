package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.service.workflow.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code server-init --db jdbc:postgresql://HOST:PORT/DATABASE --user OWNER [--name NAME]}: run once by the
 * city's database administrator, as the login that owns the database and may create roles. Migrates the
 * schema, creates the group roles, policies and grants, and makes OWNER the first administrator. Running
 * it again (after an upgrade of the app) brings the schema and the rights up to date and changes no user.
 */
@Command(name = "server-init", mixinStandardHelpOptions = true)
public class ServerInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.server-init.option.name")
    String name;

    @Override
    public Integer call() throws Exception {
        user.requireLogin();
        try (CliSession session = CliSession.initServer(spec)) {
            Actor owner = session.services().serverUsers()
                    .makeOwnerFirstAdministrator(name == null || name.isBlank() ? user.login : name);
            session.out().println(session.messages().get("cli.server-init.done", session.services().database().location(),
                    owner.login()));
        }
        return 0;
    }
}
