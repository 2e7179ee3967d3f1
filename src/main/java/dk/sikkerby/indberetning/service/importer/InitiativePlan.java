package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.service.importcore.FieldChange;
import java.util.List;
import java.util.Optional;

/**
 * What the import does for one initiative of the file: create it or use the stored one, put it into
 * the year or move it, and what happens to its submission, with the fields that differ.
 */
public record InitiativePlan(ParsedInitiative parsed, Optional<Integer> storedId, Placement placement,
                             SubmissionKind kind, Optional<Submission> stored, List<FieldChange> changes) {

    public InitiativePlan {
        changes = List.copyOf(changes);
    }

    public boolean isNewInitiative() {
        return storedId.isEmpty();
    }
}
