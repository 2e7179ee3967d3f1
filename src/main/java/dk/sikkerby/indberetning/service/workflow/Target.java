package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.SubmissionState;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What an action is aimed at, as far as the rights care: the year and whether it is locked, and for
 * an action on a submission its department, state and when it reached that state.
 */
public record Target(int year, boolean yearLocked, Optional<Department> department, SubmissionState state,
                     Optional<OffsetDateTime> stateSince) {

    public static Target year(int year, boolean locked) {
        return new Target(year, locked, Optional.empty(), SubmissionState.NOT_STARTED, Optional.empty());
    }

    public static Target row(InitiativeRow row, boolean yearLocked) {
        return new Target(row.category().year(), yearLocked, Optional.of(row.department()), row.state(),
                row.submission().map(s -> s.status().changedAt()));
    }
}
