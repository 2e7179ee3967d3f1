package dk.sikkerby.indberetning.service.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the footnote that defines the department codes ("¹ BIF er Beskæftigelses- og
 * Integrationsforvaltningen, ØKF er Økonomiforvaltningen, … og BUF er Børne- og
 * Ungdomsforvaltningen"), wherever it stands in the file.
 */
final class FootnoteReader {

    private static final Pattern MARK = Pattern.compile("^(?:[¹²³⁴⁵⁶⁷⁸⁹*]+|\\d\\))\\s*");
    private static final Pattern DEFINITION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-ZÆØÅ]{2,10})(?:\\s+er\\s+|\\s*[:=–]\\s+)");

    private FootnoteReader() {
    }

    /** A row with text only in its first cell that starts with a footnote mark or with a definition. */
    static boolean looksLikeFootnote(Row row) {
        if (!row.onlyFirstCell()) {
            return false;
        }
        String text = row.cell(0).text();
        return MARK.matcher(text).find() || DEFINITION.matcher(text).lookingAt();
    }

    static List<DepartmentDefinition> read(Row row, FindingCollector findings) {
        Row.Cell cell = row.cell(0);
        String text = MARK.matcher(cell.text()).replaceFirst("");
        Matcher m = DEFINITION.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        List<DepartmentDefinition> result = new ArrayList<>();
        if (marks.isEmpty() || !text.substring(0, marks.get(0)[0]).isBlank()) {
            findings.error(row.line(), cell.column(), "import.footnote.notUnderstood");
            return result;
        }
        for (int k = 0; k < marks.size(); k++) {
            int[] mark = marks.get(k);
            int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : text.length();
            String code = text.substring(mark[0], mark[1]);
            String name = withoutTrailer(text.substring(mark[2], end));
            if (name.isEmpty()) {
                findings.error(row.line(), cell.column(), "import.footnote.emptyName", code);
            } else if (name.length() > ImportLimits.MAX_NAME) {
                findings.error(row.line(), cell.column(), "import.footnote.nameTooLong", code, ImportLimits.MAX_NAME);
            } else {
                result.add(new DepartmentDefinition(code, name, row.line()));
            }
        }
        return result;
    }

    /** The name without what joins it to the next definition: ", ", " og ", " samt " or a full stop. */
    private static String withoutTrailer(String text) {
        String name = text.strip();
        while (true) {
            if (!name.isEmpty() && ",;.".indexOf(name.charAt(name.length() - 1)) >= 0) {
                name = name.substring(0, name.length() - 1).strip();
            } else if (endsWithWord(name, "og")) {
                name = name.substring(0, name.length() - 2).strip();
            } else if (endsWithWord(name, "samt")) {
                name = name.substring(0, name.length() - 4).strip();
            } else {
                return name;
            }
        }
    }

    private static boolean endsWithWord(String text, String word) {
        int start = text.length() - word.length();
        return start > 0 && text.endsWith(word) && Character.isWhitespace(text.charAt(start - 1));
    }
}
