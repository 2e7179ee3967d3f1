package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Role;
import java.util.Set;

/**
 * Who the command line acts as on a database that has no users yet (decision 0506): a fresh database
 * is set up by importing an old appendix before anyone has signed in. It acts as an administrator
 * and is recorded under its own login, which no user can have (a user's login has no "@"). Once a
 * user exists, every command that writes or exports needs {@code --user}.
 */
public final class SetUpActor {

    public static final String LOGIN = "setup@cli";

    private SetUpActor() {
    }

    /** {@code fullName}: the name the audit trail shows, from the bundle. */
    public static Actor named(String fullName) {
        return new Actor(0, LOGIN, fullName, Role.ADMINISTRATOR, Set.of());
    }
}
