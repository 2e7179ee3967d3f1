package dk.sikkerby.indberetning.service.offline;

import java.util.List;

/**
 * The identifiers a workbook carries on its very hidden sheet: for which database, year and
 * department it was made, the text that means "not relevant" in it, and per initiative its id, the
 * submission's version when the workbook was made (0: none stored), a fingerprint of the values the
 * workbook was filled with and the name shown in its row. {@link #payload()} is what is signed.
 */
public record Manifest(int year, String departmentCode, String databaseIdentity, String sheetName,
                       String notRelevantText, List<Row> rows) {

    public Manifest {
        rows = List.copyOf(rows);
    }

    public record Row(int initiativeId, int version, String fingerprint, String name) {
    }

    /** One line per value, in a fixed order: no two different manifests give the same text. */
    String payload() {
        StringBuilder out = new StringBuilder(TemplateLayout.FORMAT).append('\n')
                .append("year=").append(year).append('\n')
                .append("department=").append(departmentCode).append('\n')
                .append("database=").append(databaseIdentity).append('\n')
                .append("sheet=").append(sheetName).append('\n')
                .append("notRelevant=").append(notRelevantText).append('\n');
        for (Row row : rows) {
            out.append("row=").append(row.initiativeId()).append(';').append(row.version()).append(';')
                    .append(row.fingerprint()).append(';').append(row.name().length()).append(';')
                    .append(row.name()).append('\n');
        }
        return out.toString();
    }

    public Row row(int initiativeId) {
        return rows.stream().filter(r -> r.initiativeId() == initiativeId).findFirst().orElse(null);
    }
}
