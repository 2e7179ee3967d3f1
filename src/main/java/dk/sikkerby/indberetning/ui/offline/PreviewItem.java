package dk.sikkerby.indberetning.ui.offline;

import dk.sikkerby.indberetning.service.offline.FilePlan;
import dk.sikkerby.indberetning.service.offline.PreviewText;
import dk.sikkerby.indberetning.service.offline.Resolution;
import dk.sikkerby.indberetning.service.offline.RowPlan;
import dk.sikkerby.indberetning.service.offline.RowStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One row of the preview table: a returned workbook's row, in words, with the user's choice in a conflict. */
public final class PreviewItem {

    private final FilePlan file;
    private final RowPlan row;
    private final String fileLabel;
    private final String status;
    private final String changes;
    private final ObjectProperty<Resolution> resolution = new SimpleObjectProperty<>();

    PreviewItem(FilePlan file, RowPlan row, PreviewText text) {
        this.file = file;
        this.row = row;
        this.fileLabel = text.fileLabel(file);
        this.status = text.status(row.status());
        this.changes = text.changes(row);
    }

    public String file() {
        return fileLabel;
    }

    public String initiative() {
        return row.name();
    }

    public String status() {
        return status;
    }

    public String changes() {
        return changes;
    }

    public boolean isConflict() {
        return row.status() == RowStatus.CONFLICT;
    }

    public RowPlan row() {
        return row;
    }

    public ObjectProperty<Resolution> resolutionProperty() {
        return resolution;
    }
}
