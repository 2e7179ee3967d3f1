package dk.sikkerby.indberetning.service.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the cells of the very hidden sheet back into a {@link Manifest} and its signature. Anything
 * missing, doubled or malformed means the identifiers were damaged: the workbook is then refused.
 */
final class ManifestReader {

    /** A manifest as read, with the signature it carried. */
    record Signed(Manifest manifest, String signature) {
    }

    private ManifestReader() {
    }

    static Optional<Signed> read(List<RawCell> cells) {
        Map<Integer, String[]> rows = new TreeMap<>();
        for (RawCell cell : cells) {
            if (cell.column() < 5) {
                rows.computeIfAbsent(cell.row(), r -> new String[5])[cell.column()] = cell.formula() ? null : cell.value();
            }
        }
        Map<String, String> values = new HashMap<>();
        List<Manifest.Row> manifestRows = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (String[] row : rows.values()) {
            if (row[0] == null || row[1] == null) {
                return Optional.empty();
            }
            if (row[0].equals(ManifestSheet.ROW)) { // rows in sheet order, which the signature covers
                Optional<Manifest.Row> parsed = parseRow(row);
                if (parsed.isEmpty() || !ids.add(parsed.get().initiativeId())) {
                    return Optional.empty();
                }
                manifestRows.add(parsed.get());
            } else if (values.put(row[0], row[1]) != null) {
                return Optional.empty();
            }
        }
        return build(values, manifestRows);
    }

    private static Optional<Signed> build(Map<String, String> values, List<Manifest.Row> rows) {
        if (!TemplateLayout.FORMAT.equals(values.get(ManifestSheet.FORMAT))) {
            return Optional.empty();
        }
        Optional<Integer> year = number(values.get(ManifestSheet.YEAR));
        String department = values.get(ManifestSheet.DEPARTMENT);
        String database = values.get(ManifestSheet.DATABASE);
        String sheet = values.get(ManifestSheet.SHEET);
        String notRelevant = values.get(ManifestSheet.NOT_RELEVANT);
        String signature = values.get(ManifestSheet.SIGNATURE);
        if (year.isEmpty() || department == null || database == null || sheet == null || notRelevant == null
                || signature == null) {
            return Optional.empty();
        }
        return Optional.of(new Signed(new Manifest(year.get(), department, database, sheet, notRelevant, rows), signature));
    }

    private static Optional<Manifest.Row> parseRow(String[] row) {
        Optional<Integer> id = number(row[1]);
        Optional<Integer> version = number(row[2]);
        if (id.isEmpty() || version.isEmpty() || row[3] == null || row[4] == null) {
            return Optional.empty();
        }
        return Optional.of(new Manifest.Row(id.get(), version.get(), row[3], row[4]));
    }

    private static Optional<Integer> number(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
