package dk.sikkerby.indberetning.service.offline;

import java.util.List;
import java.util.Map;

/** Everything a set of returned workbooks would do, for the user to confirm; nothing is written yet. */
public record ImportPreview(List<FilePlan> files) {

    public ImportPreview {
        files = List.copyOf(files);
    }

    public List<FilePlan> accepted() {
        return files.stream().filter(f -> !f.refused()).toList();
    }

    public List<RowPlan> conflicts() {
        return accepted().stream().flatMap(f -> f.rows().stream()).filter(r -> r.status() == RowStatus.CONFLICT).toList();
    }

    public boolean anyRefused() {
        return files.stream().anyMatch(FilePlan::refused);
    }

    /** How many rows applying would write with these resolutions. */
    public long writes(Map<RowPlan.Key, Resolution> resolutions) {
        return accepted().stream().flatMap(f -> f.rows().stream())
                .filter(r -> r.writes(resolutions.get(r.key()))).count();
    }
}
