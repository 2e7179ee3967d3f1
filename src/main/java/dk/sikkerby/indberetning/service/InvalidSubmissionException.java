package dk.sikkerby.indberetning.service;

import dk.sikkerby.indberetning.domain.Violation;
import java.util.List;

/** A save refused because the submission breaks the rules; names every broken rule. */
public class InvalidSubmissionException extends UserFacingException {

    private final List<Violation> violations;

    public InvalidSubmissionException(List<Violation> violations) {
        super(violations.get(0).key(), violations.get(0).args().toArray());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
