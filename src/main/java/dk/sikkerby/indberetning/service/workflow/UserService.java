package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** Users and signing in: the first administrator of an empty database, new users, passwords. */
public final class UserService {

    static final int MIN_PASSWORD = 8;

    private final DSLContext dsl;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    /**
     * Hashed once, on the first sign-in (not when the service is made, which is on the way to the
     * sign-in window), so that an unknown login costs as much time as a wrong password.
     */
    private volatile String decoy;

    public UserService(DSLContext dsl, Clock clock) {
        this(dsl, new PasswordHasher(), clock);
    }

    UserService(DSLContext dsl, PasswordHasher hasher, Clock clock) {
        this.dsl = dsl;
        this.hasher = hasher;
        this.throttle = new SignInThrottle(clock);
    }

    /**
     * Who the installation check ({@code --smoke-test}) acts as: only on a database without users, which
     * is the fresh database the installer checks with; never stored, and never offered where users exist.
     */
    public static final Actor INSTALLATION_CHECK =
            new Actor(0, "installation-check", "Installationstest", Role.ADMINISTRATOR, Set.of());

    /** True when no user exists yet: the app must ask for the first administrator. */
    public boolean needsFirstAdministrator() {
        return new UserRepository(dsl).count() == 0;
    }

    public List<User> users() {
        return new UserRepository(dsl).all();
    }

    /** Creates the first administrator of an empty database; refused once any user exists. */
    public Actor createFirstAdministrator(String login, String fullName, char[] password, char[] repeated) {
        return dsl.transactionResult(cfg -> {
            UserRepository users = new UserRepository(cfg.dsl());
            if (users.count() > 0) {
                throw new UserFacingException("signin.error.notEmpty");
            }
            return Actor.of(insert(users, login, fullName, Role.ADMINISTRATOR, Set.of(), password, repeated));
        });
    }

    /** An administrator adds a user; a coordinator must report for at least one department. */
    public User createUser(Actor admin, String login, String fullName, Role role, Set<Integer> departmentIds,
                           char[] password, char[] repeated) {
        Rights.check(admin, Action.MANAGE_USERS, Target.year(0, false));
        if (role == Role.COORDINATOR && departmentIds.isEmpty()) {
            throw new UserFacingException("user.error.noDepartment");
        }
        Set<Integer> departments = role == Role.COORDINATOR ? departmentIds : Set.of();
        return dsl.transactionResult(cfg -> insert(new UserRepository(cfg.dsl()), login, fullName, role, departments,
                password, repeated));
    }

    /**
     * Checks a login and password and gives the actor to act as. A wrong login and a wrong password get
     * the same answer; after a few wrong tries, further tries must wait.
     */
    public Actor signIn(String login, char[] password) {
        String normalised = normalise(login);
        Optional<Duration> wait = throttle.waitFor(normalised);
        if (wait.isPresent()) {
            throw new UserFacingException("signin.error.wait", Math.max(1, wait.get().toSeconds()));
        }
        UserRepository users = new UserRepository(dsl);
        Optional<String> stored = users.passwordHash(normalised);
        boolean ok = hasher.verify(password, stored.orElseGet(this::decoy)) && stored.isPresent();
        if (!ok) {
            throttle.failed(normalised);
            throw new UserFacingException("signin.error.wrong");
        }
        throttle.succeeded(normalised);
        return Actor.of(users.findByLogin(normalised).orElseThrow());
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hasher.hash("decoy-password".toCharArray());
        }
        return decoy;
    }

    private User insert(UserRepository users, String login, String fullName, Role role, Set<Integer> departments,
                        char[] password, char[] repeated) {
        String normalised = normalise(login);
        if (!normalised.matches("[a-z0-9._-]{2,50}")) {
            throw new UserFacingException("user.error.login", login == null ? "" : login);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new UserFacingException("user.error.name");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new UserFacingException("user.error.passwordShort", MIN_PASSWORD);
        }
        if (!Arrays.equals(password, repeated)) {
            throw new UserFacingException("user.error.passwordMismatch");
        }
        if (users.findByLogin(normalised).isPresent()) {
            throw new UserFacingException("user.error.loginExists", normalised);
        }
        return users.insert(normalised, fullName.strip(), role, hasher.hash(password), departments);
    }

    private static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
