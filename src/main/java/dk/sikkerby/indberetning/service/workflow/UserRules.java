package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a user must look like, and which changes to users are refused whoever makes them: each refusal a
 * {@link UserFacingException} naming the reason.
 */
final class UserRules {

    static final int MIN_PASSWORD = UserService.MIN_PASSWORD;
    static final int MAX_NAME = 200;

    private UserRules() {
    }

    static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** The login as stored: trimmed, lower case, 2-50 of a-z 0-9 . _ - */
    static String login(String login) {
        String normalised = normalise(login);
        if (!normalised.matches("[a-z0-9._-]{2,50}")) {
            throw new UserFacingException("user.error.login", login == null ? "" : login);
        }
        return normalised;
    }

    static String fullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new UserFacingException("user.error.name");
        }
        if (fullName.strip().length() > MAX_NAME) {
            throw new UserFacingException("users.error.nameLong", MAX_NAME);
        }
        return fullName.strip();
    }

    /** A new password: long enough, and typed the same twice. */
    static void newPassword(char[] password, char[] repeated) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new UserFacingException("user.error.passwordShort", MIN_PASSWORD);
        }
        if (!Arrays.equals(password, repeated)) {
            throw new UserFacingException("user.error.passwordMismatch");
        }
    }

    /** The departments a user of {@code role} reports for: one or more for a coordinator, none for the others. */
    static Set<Integer> departments(Role role, Set<Integer> chosen, Set<Integer> known) {
        if (role != Role.COORDINATOR) {
            return Set.of();
        }
        if (chosen.isEmpty()) {
            throw new UserFacingException("user.error.noDepartment");
        }
        if (!known.containsAll(chosen)) {
            throw new UserFacingException("users.error.unknownDepartment");
        }
        return Set.copyOf(chosen);
    }

    /**
     * Refuses a change that takes away an active administrator if it is the last one, or if the
     * administrator is doing it to themself (another administrator must: nobody locks themself out).
     *
     * @param activeAdministrators the logins of the active administrators before the change
     */
    static void keepsAnAdministrator(Actor actor, User before, User after, Set<String> activeAdministrators) {
        if (!before.isActiveAdministrator() || after.isActiveAdministrator()) {
            return;
        }
        if (activeAdministrators.equals(Set.of(before.login()))) {
            throw new UserFacingException("users.error.lastAdministrator", before.login());
        }
        if (before.login().equals(actor.login())) {
            throw new UserFacingException(after.active() ? "users.error.demoteSelf" : "users.error.deactivateSelf");
        }
    }
}
