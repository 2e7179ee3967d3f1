package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.service.importcore.FieldChange;
import java.util.List;

/**
 * One initiative of a returned workbook, compared with the database: its status, the fields that
 * differ, the versions (stored now, and when the workbook was made), and what would be written. The
 * reviewer's assessment is never in a workbook; the stored one is written back unchanged.
 */
public record RowPlan(int year, int initiativeId, String name, RowStatus status, List<FieldChange> changes,
                      int storedVersion, int workbookVersion, Score score, RichText note, RichText assessment) {

    public RowPlan {
        changes = List.copyOf(changes);
    }

    /** Identifies the row across the files of one import. */
    public record Key(int year, int initiativeId) {
    }

    public Key key() {
        return new Key(year, initiativeId);
    }

    /** Whether applying writes this row, given the user's resolution (null if none) of a conflict. */
    public boolean writes(Resolution resolution) {
        return status == RowStatus.NEW || status == RowStatus.CHANGED
                || (status == RowStatus.CONFLICT && resolution == Resolution.TAKE_WORKBOOK);
    }
}
