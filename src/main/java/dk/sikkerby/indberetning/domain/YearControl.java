package dk.sikkerby.indberetning.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A year's workflow settings: whether it is locked (read-only for everyone), its deadline, and whether
 * coordinators see other departments' rows (read-only) or only their own.
 */
public record YearControl(int year, boolean locked, Optional<LocalDate> deadline, boolean coordinatorsSeeAll) {
}
