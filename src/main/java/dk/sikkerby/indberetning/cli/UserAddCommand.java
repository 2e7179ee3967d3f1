package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.YearSetupService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.UserService;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code user-add --login LOGIN --name NAME --role coordinator|reviewer|administrator [--department CODE]...
 * [--user ADMIN]}: an administrator adds a user. In a database without users it creates the first
 * administrator, and then needs no {@code --user}. Passwords come from SIKKERBY_PASSWORD (the
 * administrator's) and SIKKERBY_NEW_PASSWORD (the new user's), or are asked for at the console.
 */
@Command(name = "user-add", mixinStandardHelpOptions = true)
public class UserAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--user", paramLabel = "LOGIN", descriptionKey = "cli.option.user")
    String user;

    @Option(names = "--login", required = true, paramLabel = "LOGIN", descriptionKey = "cli.user-add.option.login")
    String login;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.user-add.option.name")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "cli.user-add.option.role")
    String role;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.user-add.option.department")
    List<String> departments = List.of();

    PasswordSource passwords = PasswordSource.SYSTEM;

    @Override
    public Integer call() throws Exception {
        Role chosen = role();
        try (CliSession session = CliSession.open(spec)) {
            UserService users = new UserService(session.database().dsl(), Clock.systemUTC());
            String prompt = session.messages().get("cli.user-add.newPassword", login);
            User created;
            if (users.needsFirstAdministrator()) {
                if (chosen != Role.ADMINISTRATOR) {
                    throw new UserFacingException("cli.user-add.firstMustBeAdministrator");
                }
                char[] password = passwords.read("SIKKERBY_NEW_PASSWORD", prompt);
                Actor first = users.createFirstAdministrator(login, name, password, password);
                created = users.users().stream().filter(u -> u.id() == first.userId()).findFirst().orElseThrow();
            } else {
                if (user == null) {
                    throw new UserFacingException("cli.error.userRequired");
                }
                Actor admin = users.signIn(user, passwords.read("SIKKERBY_PASSWORD",
                        session.messages().get("cli.password", user)));
                char[] password = passwords.read("SIKKERBY_NEW_PASSWORD", prompt);
                created = users.createUser(admin, login, name, chosen,
                        departmentIds(new YearSetupService(session.database().dsl()).departments()), password, password);
            }
            session.out().println(session.messages().get("cli.user-add.done", created.login(), created.fullName(),
                    new MessageKey(created.role().key())));
        }
        return 0;
    }

    private Role role() {
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.user-add.unknownRole", role);
        }
    }

    private Set<Integer> departmentIds(List<Department> known) {
        Set<Integer> ids = new HashSet<>();
        for (String code : departments) {
            ids.add(known.stream().filter(d -> d.code().equalsIgnoreCase(code.strip())).findFirst()
                    .orElseThrow(() -> new UserFacingException("cli.user-add.unknownDepartment", code)).id());
        }
        return ids;
    }
}
