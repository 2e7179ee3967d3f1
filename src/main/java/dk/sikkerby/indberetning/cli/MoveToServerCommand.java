package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.move.MoveToServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code move-to-server --from FILE --db jdbc:postgresql://HOST:PORT/DATABASE --user OWNER}: sets the server
 * database up as server-init does, copies the file's years, set-up, submissions, comments, states, audit
 * and users to it, checks counts and each year's export on both sides, and lists the file's users so IT
 * can give them their logins (user-add). The file is only read.
 */
@Command(name = "move-to-server", mixinStandardHelpOptions = true)
public class MoveToServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Option(names = "--from", required = true, paramLabel = "FILE", descriptionKey = "cli.move-to-server.option.from")
    String from;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.server-init.option.name")
    String name;

    @Override
    public Integer call() throws Exception {
        user.requireLogin();
        DatabaseFile file = DatabaseFile.of(from);
        try (Database source = Database.openReadOnly(file); CliSession session = CliSession.initServer(spec)) {
            Services from = Services.on(source, session.messages());
            Services to = session.services();
            MoveToServer.Report report = new MoveToServer().move(side(from), side(to), to.serverUsers(),
                    name == null || name.isBlank() ? user.login : name);
            var m = session.messages();
            session.out().println(m.get("cli.move-to-server.done", file.toString(), session.services().database().location(),
                    report.counts().getOrDefault("submission", 0), report.counts().getOrDefault("audit_entry", 0),
                    report.years().size()));
            for (User u : report.users()) {
                session.out().println(m.get("cli.move-to-server.user", u.login(), u.fullName(), new MessageKey(u.role().key()),
                        u.active() ? "" : m.get("cli.move-to-server.inactive")));
            }
            session.out().println(m.get("cli.move-to-server.next", report.owner().login()));
        }
        return 0;
    }

    private static MoveToServer.Side side(Services services) {
        return new MoveToServer.Side(services.database(), services.submissions(), services.exports(), services.users());
    }
}
