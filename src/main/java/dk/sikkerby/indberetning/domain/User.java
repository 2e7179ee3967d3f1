package dk.sikkerby.indberetning.domain;

import java.util.Set;

/** A person who signs in; a coordinator reports for {@code departmentIds} (empty for the other roles). */
public record User(int id, String login, String fullName, Role role, Set<Integer> departmentIds) {

    public User {
        departmentIds = Set.copyOf(departmentIds);
    }
}
