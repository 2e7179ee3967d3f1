package dk.sikkerby.indberetning.service.importer;

import java.util.Optional;

/** A category of the file: new in the year, or stored (maybe at another place in the order). */
public record CategoryPlan(String name, Optional<Integer> storedId, int position, Optional<Integer> storedPosition) {

    public boolean isNew() {
        return storedId.isEmpty();
    }

    public boolean isMoved() {
        return storedPosition.isPresent() && storedPosition.get() != position;
    }
}
