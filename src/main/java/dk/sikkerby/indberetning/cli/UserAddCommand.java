package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.UserService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code user-add --login LOGIN --name NAME --role coordinator|reviewer|administrator [--department CODE]...
 * [--user ADMIN]}: an administrator adds a user. In a database without users it creates the first
 * administrator, and then needs no {@code --user}. Passwords come from SIKKERBY_PASSWORD (the
 * administrator's) and SIKKERBY_NEW_PASSWORD (the new user's), or are asked for at the console.
 */
@Command(name = "user-add", mixinStandardHelpOptions = true)
public class UserAddCommand extends UserCommandBase {

    @Option(names = "--login", required = true, paramLabel = "LOGIN", descriptionKey = "cli.user-add.option.login")
    String login;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.user-add.option.name")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "cli.user-add.option.role")
    String role;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.user-add.option.department")
    List<String> departments = List.of();

    @Option(names = "--existing-login", descriptionKey = "cli.user-add.option.existingLogin")
    boolean existingLogin;

    @Override
    public Integer call() throws Exception {
        Role chosen = role(role);
        try (CliSession session = CliSession.open(spec)) {
            UserService users = session.services().users();
            User created;
            if (session.services().database().isServer()) {
                created = addOnServer(session, chosen);
            } else if (session.services().signIn().needsFirstAdministrator()) {
                if (chosen != Role.ADMINISTRATOR) {
                    throw new UserFacingException("cli.user-add.firstMustBeAdministrator");
                }
                char[][] password = newPassword(session, "cli.user-add.newPassword", login);
                Actor first = session.services().signIn().createFirstAdministrator(login, name, password[0], password[1]);
                created = users.users().stream().filter(u -> u.id() == first.userId()).findFirst().orElseThrow();
            } else {
                Actor admin = signIn(session);
                char[][] password = newPassword(session, "cli.user-add.newPassword", login);
                created = users.createUser(admin, login, name, chosen,
                        departmentIds(departments, session.services().setup().departments()),
                        password[0], password[1]);
            }
            session.out().println(session.messages().get("cli.user-add.done", created.login(), created.fullName(),
                    new MessageKey(created.role().key())));
        }
        return 0;
    }

    /**
     * On a server: creates the person's server login (password from SIKKERBY_NEW_PASSWORD or typed twice),
     * or with {@code --existing-login} uses one the city already manages; the signed-in administrator must
     * be allowed to create logins (decision 1400).
     */
    private User addOnServer(CliSession session, Role chosen) {
        ServerUsers server = session.services().serverUsers();
        Actor admin = server.signIn();
        char[][] password = existingLogin ? new char[][] {null, null}
                : newPassword(session, "cli.user-add.newPassword", login);
        return server.addUser(admin, login, name, chosen,
                departmentIds(departments, session.services().setup().departments()),
                password[0], password[1]);
    }
}
