package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.UserService;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * What the {@code user-*} commands share: {@code --user LOGIN} with its password from SIKKERBY_PASSWORD or
 * the console ({@link UserOption}, decision 0503), a new password from SIKKERBY_NEW_PASSWORD or typed
 * twice, and roles and departments by their names on the command line.
 */
abstract class UserCommandBase implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    /** Signs in as {@code --user}; refused without it or with a wrong password. */
    Actor signIn(CliSession session) {
        return user.signIn(session);
    }

    /** The new password and its repetition: the variable once (a script cannot mistype), or typed twice. */
    char[][] newPassword(CliSession session, String promptKey, String login) {
        char[] password = user.passwords.read("SIKKERBY_NEW_PASSWORD", session.messages().get(promptKey, login));
        char[] repeated = user.passwords.read("SIKKERBY_NEW_PASSWORD", session.messages().get("cli.user-password.repeat"));
        return new char[][] {password, repeated};
    }

    static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.user-add.unknownRole", name);
        }
    }

    static Set<Integer> departmentIds(List<String> codes, List<Department> known) {
        Set<Integer> ids = new HashSet<>();
        for (String code : codes) {
            ids.add(known.stream().filter(d -> d.code().equalsIgnoreCase(code.strip())).findFirst()
                    .orElseThrow(() -> new UserFacingException("cli.user-add.unknownDepartment", code)).id());
        }
        return ids;
    }

    static User find(UserService users, String login) {
        return users.users().stream().filter(u -> u.login().equalsIgnoreCase(login.strip())).findFirst()
                .orElseThrow(() -> new UserFacingException("users.error.notFound", login));
    }

    /** "KFF, SOF", or "–" for none. */
    static String codes(User user, List<Department> known) {
        List<String> codes = known.stream().filter(d -> user.departmentIds().contains(d.id())).map(Department::code)
                .sorted().toList();
        return codes.isEmpty() ? "–" : String.join(", ", codes);
    }
}
