package dk.sikkerby.indberetning.service.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the columns by their headers, not by position: the 2021 layout (Indsats | Forvaltning ¹ |
 * Målopfyldelse | Covid-19 | Sikker By bemærkning) and older ones with some of the columns (Indsatsens
 * navn | Forvaltning | Indfrielse af succeskriterier). A header that is none of the known ones is the
 * department-note column, and its text becomes the year's label for that column.
 */
final class HeaderReader {

    private static final Map<Column, Set<String>> NAMES = Map.of(
            Column.INITIATIVE, Set.of("indsats", "indsatser", "indsatsens navn", "indsatsnavn", "navn"),
            Column.DEPARTMENT, Set.of("forvaltning", "forvaltninger", "ansvarlig forvaltning"),
            Column.SCORE, Set.of("målopfyldelse", "indfrielse af succeskriterier", "indfrielse af succeskriterierne",
                    "succeskriterier", "målopfyldelse i året"),
            Column.ASSESSMENT, Set.of("sikker by bemærkning", "sikker by bemærkninger", "sikker bys bemærkning",
                    "sikker by's bemærkning", "bemærkning fra sikker by", "sikker by vurdering",
                    "sikker bys vurdering"));

    /** Footnote marks after a header ("Forvaltning ¹"); compiled once, as every row's cells are asked. */
    private static final Pattern FOOTNOTE_MARKS = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹*]");

    /** No known header is longer; longer cells (every text cell) are not looked at. */
    private static final int LONGEST_HEADER = 60;

    private HeaderReader() {
    }

    /** True if one of the row's cells names the initiative column: then the row is meant as the header. */
    static boolean looksLikeHeader(Row row) {
        return row.width() >= 2 && row.cells().stream().map(Row.Cell::text).anyMatch(text -> mayNameInitiatives(text)
                && kind(text).filter(c -> c == Column.INITIATIVE).isPresent());
    }

    /**
     * A first look, asked of every cell of every row: each name of the initiative column contains "indsats" or
     * "navn", in any case, so a cell without either is not one (without normalising it first).
     */
    private static boolean mayNameInitiatives(String text) {
        return text.length() <= LONGEST_HEADER && (contains(text, "indsats") || contains(text, "navn"));
    }

    private static boolean contains(String text, String lowerCaseWord) {
        for (int i = 0; i + lowerCaseWord.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, lowerCaseWord, 0, lowerCaseWord.length())) {
                return true;
            }
        }
        return false;
    }

    /** The layout the header row describes, or empty (with errors) if it cannot be used. */
    static Optional<Layout> read(Row row, FindingCollector findings) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        String noteLabel = null;
        boolean ok = true;
        int width = row.width();
        for (int i = 0; i < width; i++) {
            Row.Cell cell = row.cell(i);
            if (cell.isEmpty()) {
                findings.error(row.line(), cell.column(), "import.header.emptyColumn", i + 1);
                ok = false;
                continue;
            }
            Column column = kind(cell.text()).orElse(Column.NOTE);
            if (column == Column.NOTE) {
                if (noteLabel != null) {
                    findings.error(row.line(), cell.column(), "import.header.unknownColumn", cell.text(), noteLabel);
                    ok = false;
                    continue;
                }
                noteLabel = label(cell.text());
            }
            if (positions.putIfAbsent(column, i) != null) {
                findings.error(row.line(), cell.column(), "import.header.duplicateColumn", cell.text());
                ok = false;
            }
        }
        for (Column required : List.of(Column.INITIATIVE, Column.DEPARTMENT)) {
            if (!positions.containsKey(required)) {
                findings.error(row.line(), 0, required == Column.INITIATIVE
                        ? "import.header.requiredColumn.initiative" : "import.header.requiredColumn.department");
                ok = false;
            }
        }
        if (noteLabel != null && noteLabel.length() > ImportLimits.MAX_NOTE_LABEL) {
            findings.error(row.line(), 0, "import.header.labelTooLong", ImportLimits.MAX_NOTE_LABEL);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        findings.info(row.line(), 0, "import.header.found", width, String.join(" | ", headers(row)));
        return Optional.of(new Layout(row.line(), positions, width, Optional.ofNullable(noteLabel)));
    }

    private static List<String> headers(Row row) {
        return row.cells().subList(0, row.width()).stream().map(Row.Cell::text).toList();
    }

    /** The header as a label: footnote marks and surplus white space removed. */
    static String label(String header) {
        return Spaces.squeeze(FOOTNOTE_MARKS.matcher(header).replaceAll(""));
    }

    private static Optional<Column> kind(String header) {
        if (header.length() > LONGEST_HEADER) {
            return Optional.empty();
        }
        String normal = label(header).toLowerCase(Locale.ROOT).replace('’', '\'');
        if (normal.endsWith(":")) {
            normal = normal.substring(0, normal.length() - 1).strip();
        }
        for (Map.Entry<Column, Set<String>> entry : NAMES.entrySet()) {
            if (entry.getValue().contains(normal)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
