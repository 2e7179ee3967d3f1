package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.UserService;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code user-edit --user ADMIN --login LOGIN [--name NAME] [--role ROLE] [--department CODE]...}: an
 * administrator changes a user's full name, role or departments; what is not given stays as it is.
 * {@code --department} replaces the coordinator's departments.
 */
@Command(name = "user-edit", mixinStandardHelpOptions = true)
public class UserEditCommand extends UserCommandBase {

    @Option(names = "--login", required = true, paramLabel = "LOGIN", descriptionKey = "cli.user-edit.option.login")
    String login;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.user-edit.option.name")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "cli.user-edit.option.role")
    String role;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.user-edit.option.department")
    List<String> departments = List.of();

    @Override
    public Integer call() throws Exception {
        if (name == null && role == null && departments.isEmpty()) {
            throw new ParameterException(spec.commandLine(), spec.commandLine().getResourceBundle()
                    .getString("cli.user-edit.nothing"));
        }
        Role newRole = role == null ? null : role(role);
        try (CliSession session = CliSession.open(spec)) {
            UserService users = session.services().users();
            Actor admin = signIn(session);
            List<Department> known = session.services().setup().departments();
            User current = find(users, login);
            Set<Integer> ids = departments.isEmpty() ? current.departmentIds() : departmentIds(departments, known);
            User edited = users.editUser(admin, current.login(), name == null ? current.fullName() : name,
                    newRole == null ? current.role() : newRole, ids);
            session.out().println(session.messages().get("cli.user-edit.done", edited.login(), edited.fullName(),
                    new MessageKey(edited.role().key()), codes(edited, known)));
        }
        return 0;
    }
}
