package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.UserChange;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users of a server database (decision 1400): each is a server login with one of the three group
 * roles, and a row in app_user with the same login, its name, role and departments, and no password
 * (the server checks it). Signing in is connecting; the app then only looks the login up.
 */
public final class ServerUsers {

    private final Store store;

    public ServerUsers(Store store) {
        this.store = store;
    }

    /**
     * The person the session's login is, as an actor: refused if the login is no user of this database,
     * or a deactivated one.
     */
    public Actor signIn() {
        Repositories direct = store.direct();
        String login = direct.serverLogins().sessionLogin();
        User user = direct.users().findByLogin(login)
                .orElseThrow(() -> new UserFacingException("server.error.notAUser", login));
        if (!user.active()) {
            throw new UserFacingException("signin.error.deactivated");
        }
        return Actor.of(user);
    }

    /**
     * server-init: makes the session's login (the database's owner) the first administrator of a
     * database without users, or gives its actor if it is already a user.
     */
    public Actor makeOwnerFirstAdministrator(String fullName) {
        return makeOwnerAdministrator(fullName, false);
    }

    /**
     * As {@link #makeOwnerFirstAdministrator}; with {@code besideOthers}, also in a database that has
     * users already (one just moved from a file).
     */
    public Actor makeOwnerAdministrator(String fullName, boolean besideOthers) {
        String name = UserRules.fullName(fullName);
        return store.transactionResult(tx -> {
            ServerLogins logins = tx.serverLogins();
            String owner = UserRules.login(logins.sessionLogin());
            UserRepository users = tx.users();
            if (users.findByLogin(owner).isPresent()) {
                return Actor.of(users.findByLogin(owner).get());
            }
            if (users.count() > 0 && !besideOthers) {
                throw new UserFacingException("server.error.hasOtherUsers", owner);
            }
            logins.grantOnly(owner, Role.ADMINISTRATOR);
            User created = users.insert(owner, name, Role.ADMINISTRATOR, null, Set.of());
            Actor first = Actor.of(created);
            new UserChangeTrail(tx, first, Map.of()).created(created);
            return first;
        });
    }

    /**
     * An administrator adds a user: creates their server login with {@code password}, or, for a login
     * the city already manages ({@code password} null), checks that it exists; then gives it the group
     * role and writes the user's row and its history. All in one transaction.
     */
    public User addUser(Actor admin, String login, String fullName, Role role, Set<Integer> departmentIds,
                        char[] password, char[] repeated) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        String normalised = UserRules.login(login);
        String name = UserRules.fullName(fullName);
        if (role == Role.COORDINATOR && departmentIds.isEmpty()) {
            throw new UserFacingException("user.error.noDepartment");
        }
        if (password != null) {
            UserRules.newPassword(password, repeated);
        }
        return store.transactionResult(tx -> {
            ServerLogins logins = tx.serverLogins();
            UserRepository users = tx.users();
            Map<Integer, String> codes = tx.departments().all().stream()
                    .collect(Collectors.toMap(Department::id, Department::code));
            Set<Integer> departments = UserRules.departments(role, departmentIds, codes.keySet());
            // a user moved from a file has their row (rights, history) but no login or group role yet
            Optional<User> moved = users.findByLogin(normalised).filter(u -> !logins.hasGroupRole(normalised));
            if (users.findByLogin(normalised).isPresent() && moved.isEmpty()) {
                throw new UserFacingException("user.error.loginExists", normalised);
            }
            if (!logins.mayCreateLogins()) {
                throw new UserFacingException("server.error.mayNotCreateLogins");
            }
            if (password == null) {
                if (!logins.exists(normalised)) {
                    throw new UserFacingException("server.error.noSuchLogin", normalised);
                }
            } else {
                if (logins.exists(normalised)) {
                    throw new UserFacingException("server.error.loginTaken", normalised);
                }
                logins.create(normalised, password);
            }
            if (moved.isPresent()) {
                logins.grantOnly(normalised, moved.get().role());
                return moved.get();
            }
            logins.grantOnly(normalised, role);
            User created = users.insert(normalised, name, role, null, departments);
            new UserChangeTrail(tx, admin, codes).created(created);
            return created;
        });
    }

    /**
     * An administrator sets another user's server login password (ALTER ROLE … PASSWORD) and the user's
     * history says so (never the password). The administrator's own login must be allowed to by the
     * server (CREATEROLE, as the database's owner has); a refusal is said in one sentence.
     */
    public void resetPassword(Actor admin, String login, char[] password, char[] repeated) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        String normalised = UserRules.normalise(login);
        if (normalised.equals(admin.login())) {
            throw new UserFacingException("server.error.passwordOnServer");
        }
        UserRules.newPassword(password, repeated);
        store.transactionResult(tx -> {
            ServerLogins logins = tx.serverLogins();
            User user = tx.users().findByLogin(normalised)
                    .orElseThrow(() -> new UserFacingException("users.error.notFound", normalised));
            if (!logins.mayCreateLogins()) {
                throw new UserFacingException("server.error.mayNotSetPasswords");
            }
            if (!logins.exists(normalised)) {
                throw new UserFacingException("server.error.noLoginYet", normalised);
            }
            if (!logins.setPassword(normalised, password)) {
                throw new UserFacingException("server.error.mayNotSetPasswords");
            }
            new UserChangeTrail(tx, admin, Map.of()).password(user, UserChange.Kind.PASSWORD_RESET);
            return user;
        });
    }
}
