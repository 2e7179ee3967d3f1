package dk.sikkerby.indberetning.domain;

import java.util.Set;

/**
 * A person who signs in; a coordinator reports for {@code departmentIds} (empty for the other roles).
 * A user is never deleted, only deactivated ({@code active} false): such a user cannot sign in, and the
 * login stays theirs, so the history keeps naming one person.
 */
public record User(int id, String login, String fullName, Role role, Set<Integer> departmentIds, boolean active) {

    public User {
        departmentIds = Set.copyOf(departmentIds);
    }

    /** This user with another name, role and departments. */
    public User edited(String newFullName, Role newRole, Set<Integer> newDepartmentIds) {
        return new User(id, login, newFullName, newRole, newDepartmentIds, active);
    }

    public User withActive(boolean newActive) {
        return new User(id, login, fullName, role, departmentIds, newActive);
    }

    public boolean isActiveAdministrator() {
        return active && role == Role.ADMINISTRATOR;
    }
}
