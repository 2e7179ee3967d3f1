package dk.sikkerby.indberetning.service.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing: after {@link #FREE_TRIES} wrong passwords for a login, each further try must
 * wait twice as long as the one before (1 s, 2 s, 4 s … up to a minute). A correct password resets it.
 * Kept in memory per running app: enough against someone at the keyboard of a shared PC.
 */
public final class SignInThrottle {

    static final int FREE_TRIES = 3;
    private static final long MAX_WAIT_SECONDS = 60;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code login} must still wait before the next try, if at all. */
    public synchronized Optional<Duration> waitFor(String login) {
        Failures f = failures.get(key(login));
        if (f == null || f.count() < FREE_TRIES) {
            return Optional.empty();
        }
        long seconds = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, f.count() - FREE_TRIES));
        Duration left = Duration.between(clock.instant(), f.last().plusSeconds(seconds));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public synchronized void failed(String login) {
        failures.merge(key(login), new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    public synchronized void succeeded(String login) {
        failures.remove(key(login));
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
