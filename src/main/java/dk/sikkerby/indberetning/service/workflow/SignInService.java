package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.UserChange;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Signing in: the first administrator of an empty database, checking a login and password with a
 * throttle against guessing and a decoy hash for unknown logins, and anyone changing their own password
 * (a wrong old password counts as a wrong sign-in). The app has one, so one throttle sees every try.
 */
public final class SignInService {

    private final Store store;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    /**
     * Hashed once, on the first sign-in (not when the service is made, which is on the way to the
     * sign-in form), so that an unknown login costs as much time as a wrong password.
     */
    private volatile String decoy;

    public SignInService(Store store, Clock clock) {
        this(store, new PasswordHasher(), clock);
    }

    SignInService(Store store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.throttle = new SignInThrottle(store.direct().signInFailures(), clock);
    }

    /**
     * Who the installation check ({@code --smoke-test}) acts as: only on a database without users, which
     * is the fresh database the installer checks with; never stored, and never offered where users exist.
     */
    public static final Actor INSTALLATION_CHECK =
            new Actor(0, "installation-check", "Installationstest", Role.ADMINISTRATOR, Set.of());

    /** True when no user exists yet: the app must ask for the first administrator. */
    public boolean needsFirstAdministrator() {
        return store.direct().users().count() == 0;
    }

    /** Creates the first administrator of an empty database; refused once any user exists. */
    public Actor createFirstAdministrator(String login, String fullName, char[] password, char[] repeated) {
        String normalised = UserRules.login(login);
        String name = UserRules.fullName(fullName);
        UserRules.newPassword(password, repeated);
        String hash = hasher.hash(password);
        return store.transactionResult(tx -> {
            UserRepository users = tx.users();
            if (users.count() > 0) {
                throw new UserFacingException("signin.error.notEmpty");
            }
            User created = users.insert(normalised, name, Role.ADMINISTRATOR, hash, Set.of());
            Actor first = Actor.of(created);
            new UserChangeTrail(tx, first, Map.of()).created(created);
            return first;
        });
    }

    /** Anyone signed in changes their own password, giving the old one; wrong old ones slow further tries. */
    public void changeOwnPassword(Actor self, char[] oldPassword, char[] password, char[] repeated) {
        waitYourTurn(self.login());
        UserRules.newPassword(password, repeated);
        UserRepository users = store.direct().users();
        User me = users.findByLogin(self.login()).filter(User::active)
                .orElseThrow(() -> new UserFacingException("users.error.notActive"));
        if (!hasher.verify(oldPassword, users.passwordHash(me.login()).orElseGet(this::decoy))) {
            throttle.failed(me.login());
            throw new UserFacingException("users.error.oldPasswordWrong");
        }
        throttle.succeeded(me.login());
        String hash = hasher.hash(password);
        store.transaction(tx -> {
            tx.users().setPasswordHash(me.login(), hash);
            new UserChangeTrail(tx, self, Map.of()).password(me, UserChange.Kind.PASSWORD_CHANGE);
        });
    }

    /**
     * Checks a login and password and gives the actor to act as. A wrong login and a wrong password get
     * the same answer; after a few wrong tries, further tries must wait. Only someone who gives the right
     * password learns that the user is deactivated (decision 0510).
     */
    public Actor signIn(String login, char[] password) {
        String normalised = UserRules.normalise(login);
        waitYourTurn(normalised);
        UserRepository users = store.direct().users();
        Optional<String> stored = users.passwordHash(normalised);
        boolean ok = hasher.verify(password, stored.orElseGet(this::decoy)) && stored.isPresent();
        if (!ok) {
            throttle.failed(normalised);
            throw new UserFacingException("signin.error.wrong");
        }
        User user = users.findByLogin(normalised).orElseThrow();
        if (!user.active()) {
            throw new UserFacingException("signin.error.deactivated");
        }
        throttle.succeeded(normalised);
        return Actor.of(user);
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hasher.hash("decoy-password".toCharArray());
        }
        return decoy;
    }

    private void waitYourTurn(String login) {
        Optional<Duration> wait = throttle.waitFor(login);
        if (wait.isPresent()) {
            throw new UserFacingException("signin.error.wait", Math.max(1, wait.get().toSeconds()));
        }
    }
}
