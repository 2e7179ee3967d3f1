package dk.sikkerby.indberetning.service.offline;

import org.apache.poi.ss.util.CellReference;

/**
 * Reads the row and column out of an A1 reference ("C7", "A1:H500") as the sheet XML writes them, leniently:
 * what is not a reference gives the caller's fallback, never an exception (a hostile file reaches here).
 */
final class CellRefs {

    private CellRefs() {
    }

    /**
     * 0-based column of a reference, or {@code fallback} when it has no valid column letters: up to three
     * letters A–Z (a workbook's last column is XFD), counted by POI's {@link CellReference}.
     */
    static int parseColumn(String ref, int fallback) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 3) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                return fallback;
            }
            i++;
        }
        return i == 0 ? fallback : CellReference.convertColStringToIndex(ref.substring(0, i));
    }

    /** 0-based row of a reference ("C7" or a bare row number "7"), or {@code fallback}. */
    static int parseRow(String ref, int fallback) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        String digits = ref.substring(i);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        return Integer.parseInt(digits) - 1;
    }

    /** The number of rows a dimension ("A1:H500") spans to, or 0 when it says nothing usable. */
    static int lastRow(String dimension) {
        if (dimension == null) {
            return 0;
        }
        String last = dimension.substring(dimension.indexOf(':') + 1);
        return parseRow(last, -1) + 1;
    }
}
