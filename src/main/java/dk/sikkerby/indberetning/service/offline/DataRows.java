package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data sheet's rows below the header, each read by {@link RowReader}: an id twice is an error;
 * an initiative of the identifiers whose row is gone is reported, never read as an empty row.
 */
final class DataRows {

    private final Path file;
    private final Manifest manifest;
    private final String sheet;

    DataRows(Path file, Manifest manifest, String sheet) {
        this.file = file;
        this.manifest = manifest;
        this.sheet = sheet;
    }

    ReturnedWorkbook read(List<RawCell> cells) {
        Map<Integer, RawCell[]> rows = new TreeMap<>();
        for (RawCell cell : cells) {
            if (cell.row() >= TemplateLayout.FIRST_DATA_ROW) {
                rows.computeIfAbsent(cell.row(), r -> new RawCell[TemplateLayout.COLUMNS])[cell.column()] = cell;
            }
        }
        List<Finding> findings = new ArrayList<>();
        RowReader reader = new RowReader(sheet, manifest, findings);
        List<ReturnedRow> read = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        rows.forEach((r, rowCells) -> {
            Optional<ReturnedRow> row = reader.read(r, rowCells);
            if (row.isEmpty()) {
                return;
            }
            if (!seen.add(row.get().initiativeId())) {
                findings.add(Finding.error(Place.cell(sheet, TemplateLayout.cellName(TemplateLayout.ID, r)),
                        "offline.error.duplicateId", manifest.row(row.get().initiativeId()).name()));
                return;
            }
            read.add(row.get());
        });
        List<Integer> missing = new ArrayList<>();
        if (findings.stream().anyMatch(Finding::isError)) {
            // a refused sheet: a row with a wrong id is not a deleted row; the errors say what is wrong
            return new ReturnedWorkbook(file, manifest, sheet, read, missing, findings);
        }
        for (Manifest.Row m : manifest.rows()) {
            if (!seen.contains(m.initiativeId())) {
                missing.add(m.initiativeId());
                findings.add(Finding.warning(Place.cell(sheet, null), "offline.warning.rowMissing", m.name()));
            }
        }
        return new ReturnedWorkbook(file, manifest, sheet, read, missing, findings);
    }
}
