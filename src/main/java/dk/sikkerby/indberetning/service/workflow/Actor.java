package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import java.util.Set;

/**
 * The signed-in person on whose behalf a service acts. Passed to every service call that writes,
 * never kept in a static: tests and the command line make their own.
 */
public record Actor(int userId, String login, String fullName, Role role, Set<Integer> departmentIds) {

    public Actor {
        departmentIds = Set.copyOf(departmentIds);
    }

    public static Actor of(User user) {
        return new Actor(user.id(), user.login(), user.fullName(), user.role(), user.departmentIds());
    }

    public boolean reportsFor(int departmentId) {
        return departmentIds.contains(departmentId);
    }
}
