package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.UserChange;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Managing users: the administrator adding, editing, deactivating and reactivating users, resetting their
 * passwords, and reading their history. Every change is one transaction with its rows in the users'
 * history (decision 0510). Signing in and one's own password are {@link SignInService}'s.
 */
public final class UserService {

    /** The shortest password accepted, for every way a password is set. */
    public static final int MIN_PASSWORD = 8;

    private final Store store;
    private final PasswordHasher hasher;

    public UserService(Store store) {
        this(store, new PasswordHasher());
    }

    UserService(Store store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** Every user, the deactivated ones too, by login. */
    public List<User> users() {
        return store.reads().users();
    }

    /** An administrator adds a user; a coordinator must report for at least one department. */
    public User createUser(Actor admin, String login, String fullName, Role role, Set<Integer> departmentIds,
                           char[] password, char[] repeated) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        String normalised = UserRules.login(login);
        String name = UserRules.fullName(fullName);
        if (role == Role.COORDINATOR && departmentIds.isEmpty()) {
            throw new UserFacingException("user.error.noDepartment");
        }
        UserRules.newPassword(password, repeated);
        String hash = hasher.hash(password);
        return administering(admin, tx -> {
            Set<Integer> departments = UserRules.departments(role, departmentIds, tx.departmentCodes().keySet());
            if (tx.users().findByLogin(normalised).isPresent()) {
                throw new UserFacingException("user.error.loginExists", normalised);
            }
            User created = tx.users().insert(normalised, name, role, hash, departments);
            tx.trail().created(created);
            return created;
        });
    }

    /**
     * An administrator changes a user's full name, role and departments; the login stays, as it names the
     * user in the history. A change takes effect at the user's next sign-in.
     */
    public User editUser(Actor admin, String login, String fullName, Role role, Set<Integer> departmentIds) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        String name = UserRules.fullName(fullName);
        return administering(admin, tx -> {
            User before = tx.find(login);
            User after = before.edited(name, role,
                    UserRules.departments(role, departmentIds, tx.departmentCodes().keySet()));
            UserRules.keepsAnAdministrator(admin, before, after, tx.administrators());
            tx.users().update(after);
            tx.trail().edited(before, after);
            if (before.role() != after.role()) {
                tx.logins().followAppRole(after.login()); // on a server, its group role follows (V13)
            }
            return after;
        });
    }

    /** An administrator stops a user from signing in; the user and their history stay. */
    public User deactivate(Actor admin, String login) {
        return setActive(admin, login, false);
    }

    /** An administrator lets a deactivated user sign in again. */
    public User reactivate(Actor admin, String login) {
        return setActive(admin, login, true);
    }

    private User setActive(Actor admin, String login, boolean active) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        return administering(admin, tx -> {
            User before = tx.find(login);
            if (before.active() == active) {
                throw new UserFacingException(active ? "users.error.alreadyActive" : "users.error.alreadyInactive",
                        before.login());
            }
            User after = before.withActive(active);
            UserRules.keepsAnAdministrator(admin, before, after, tx.administrators());
            tx.users().update(after);
            tx.trail().activeChanged(before, after);
            return after;
        });
    }

    /**
     * An administrator sets a new password for another user (who forgot theirs). Their own password
     * administrators change with {@link #changeOwnPassword}, which asks for the old one.
     */
    public void resetPassword(Actor admin, String login, char[] password, char[] repeated) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        if (UserRules.normalise(login).equals(admin.login())) {
            throw new UserFacingException("users.error.resetOwnPassword");
        }
        UserRules.newPassword(password, repeated);
        String hash = hasher.hash(password);
        administering(admin, tx -> {
            User user = tx.find(login);
            tx.users().setPasswordHash(user.login(), hash);
            tx.trail().password(user, UserChange.Kind.PASSWORD_RESET);
            return user;
        });
    }

    /** A user's history, oldest first: who changed what about them, and when. */
    public List<UserChange> history(Actor admin, String login) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        return store.direct().userAudit().forUser(UserRules.normalise(login));
    }

    /** What an administrator's change works with, inside its transaction. */
    private record Administering(UserRepository users, Set<String> administrators,
                                 Map<Integer, String> departmentCodes, UserChangeTrail trail, ServerLogins logins) {

        User find(String login) {
            String normalised = UserRules.normalise(login);
            return users.findByLogin(normalised)
                    .orElseThrow(() -> new UserFacingException("users.error.notFound", normalised));
        }
    }

    @FunctionalInterface
    private interface AdministratorWork<T> {
        T run(Administering tx);
    }

    /**
     * Runs an administrator's change in one transaction, after checking that the actor is still an active
     * administrator in the database: a window opened before someone demoted or deactivated them cannot go
     * on managing users. The administrators' rows stay locked until the change commits.
     */
    private <T> T administering(Actor admin, AdministratorWork<T> work) {
        return store.transactionResult(tx -> {
            UserRepository users = tx.users();
            Set<String> administrators = users.lockActiveAdministrators();
            if (!administrators.contains(admin.login())) {
                throw new UserFacingException("users.error.noLongerAdministrator");
            }
            Map<Integer, String> codes = tx.departments().all().stream()
                    .collect(Collectors.toMap(Department::id, Department::code));
            return work.run(new Administering(users, administrators, codes, new UserChangeTrail(tx, admin, codes),
                    tx.serverLogins()));
        });
    }
}
