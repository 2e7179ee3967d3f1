package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.service.workflow.Actor;
import java.util.Set;

/**
 * Actors for tests that call the services directly. An actor is what a sign-in gives; the rights
 * depend only on its role and departments, so these need no row in the users table.
 */
public final class TestActors {

    private TestActors() {
    }

    /** May edit every department's score, note and assessment while a submission is open. */
    public static Actor administrator() {
        return new Actor(1, "admin", "Anne Administrator", Role.ADMINISTRATOR, Set.of());
    }

    public static Actor reviewer() {
        return new Actor(2, "reviewer", "Rikke Reviewer", Role.REVIEWER, Set.of());
    }

    public static Actor coordinator(int departmentId) {
        return new Actor(3, "coord" + departmentId, "Carl Coordinator " + departmentId, Role.COORDINATOR,
                Set.of(departmentId));
    }
}
