package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.persistence.SignInFailureRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Slows down guessing: after {@link #FREE_TRIES} wrong passwords for a login, each further try must
 * wait twice as long as the one before (1 s, 2 s, 4 s … up to a minute) after the last failure. A
 * correct password resets it. The failures are kept in the database (decision 0513), so the app and
 * every command on the same file share one throttle, and a restart does not reset it.
 */
public final class SignInThrottle {

    static final int FREE_TRIES = 3;
    private static final long MAX_WAIT_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private final SignInFailureRepository failures;
    private final Clock clock;

    public SignInThrottle(SignInFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long {@code login} must still wait before the next try, if at all. */
    public Optional<Duration> waitFor(String login) {
        return failures.of(key(login)).flatMap(f -> {
            if (f.count() < FREE_TRIES) {
                return Optional.empty();
            }
            Duration left = Duration.between(clock.instant(), f.last().plusSeconds(waitAfter(f.count())));
            return left.isNegative() || left.isZero() ? Optional.<Duration>empty() : Optional.of(left);
        });
    }

    /** The wait after the {@code count}-th failure in a row: 1, 2, 4 … 60 seconds from the third on. */
    static long waitAfter(int count) {
        return Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, count - FREE_TRIES));
    }

    public void failed(String login) {
        failures.add(key(login), clock.instant());
        LOG.warning(() -> "A sign-in as " + key(login) + " failed: wrong login or password.");
    }

    public void succeeded(String login) {
        failures.clear(key(login));
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
