package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.service.importcore.FieldChange;
import java.util.List;

/** The year's set-up: created, or stored with the fields (title, note label) that differ from the file. */
public record YearPlan(int year, String title, String noteLabel, boolean create, List<FieldChange> changes) {

    public YearPlan {
        changes = List.copyOf(changes);
    }
}
