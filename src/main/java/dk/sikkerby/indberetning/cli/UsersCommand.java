package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code users}: every user, one a line, tab-separated: login, full name, role, departments, active or
 * deactivated. Reads only, so it needs no {@code --user} (decision 0500: the file itself is not secret).
 */
@Command(name = "users", mixinStandardHelpOptions = true)
public class UsersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.openToRead(spec)) {
            Messages messages = session.messages();
            List<User> users = session.services().users().users();
            List<Department> departments = session.services().setup().departments();
            session.out().println(messages.get("cli.users.header"));
            for (User user : users) {
                session.out().println(messages.get("cli.users.line", user.login(), user.fullName(),
                        new MessageKey(user.role().key()), UserCommandBase.codes(user, departments),
                        new MessageKey(user.active() ? "users.status.active" : "users.status.inactive")));
            }
        }
        return 0;
    }
}
