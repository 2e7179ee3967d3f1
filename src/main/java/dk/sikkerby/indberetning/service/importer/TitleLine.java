package dk.sikkerby.indberetning.service.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title line ("Bilag 1: Indsatsernes målopfyldelse for 2021") and the year it names (its last 4-digit number). */
record TitleLine(int line, String text, int year) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    /** The title a single-cell row states, if it names a year. */
    static Optional<TitleLine> of(Row row) {
        String text = row.cell(0).text().replaceAll("\\s+", " ");
        Matcher m = YEAR.matcher(text);
        String year = null;
        while (m.find()) {
            year = m.group(1);
        }
        return year == null ? Optional.empty() : Optional.of(new TitleLine(row.line(), text, Integer.parseInt(year)));
    }

    /** True for a single-cell row that reads like an appendix title ("Bilag …"). */
    static boolean looksLikeTitle(Row row) {
        return row.onlyFirstCell() && row.cell(0).text().toLowerCase(Locale.ROOT).startsWith("bilag");
    }
}
