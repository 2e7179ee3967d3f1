package dk.sikkerby.indberetning.service.importer;

import java.util.Map;
import java.util.Optional;

/** The character references the old documents use, decoded to the characters they stand for. */
final class HtmlEntities {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("shy", "\u00AD"),
            Map.entry("aelig", "æ"), Map.entry("AElig", "Æ"), Map.entry("oslash", "ø"), Map.entry("Oslash", "Ø"),
            Map.entry("aring", "å"), Map.entry("Aring", "Å"), Map.entry("eacute", "é"), Map.entry("Eacute", "É"),
            Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("Auml", "Ä"),
            Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("bdquo", "„"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("deg", "°"), Map.entry("euro", "€"),
            Map.entry("sup1", "¹"), Map.entry("sup2", "²"), Map.entry("frac12", "½"), Map.entry("copy", "©"),
            Map.entry("sect", "§"), Map.entry("times", "×"));

    private static final int LONGEST = 10;

    private HtmlEntities() {
    }

    /** A reference found at some position: the text it stands for (empty if unusable) and where it ends. */
    record Reference(String raw, Optional<String> text, int end) {
    }

    /**
     * The character reference starting with the {@code &} at {@code start}, or empty if the
     * {@code &} starts none (a plain ampersand, as in "Q&A").
     */
    static Optional<Reference> at(String s, int start) {
        int semi = s.indexOf(';', start + 1);
        if (semi < 0 || semi - start - 1 > LONGEST || semi == start + 1) {
            return Optional.empty();
        }
        String name = s.substring(start + 1, semi);
        String raw = s.substring(start, semi + 1);
        if (name.startsWith("#")) {
            return Optional.of(new Reference(raw, numeric(name.substring(1)), semi + 1));
        }
        if (!name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return Optional.empty();
        }
        return Optional.of(new Reference(raw, Optional.ofNullable(NAMED.get(name)), semi + 1));
    }

    private static Optional<String> numeric(String digits) {
        int codePoint;
        try {
            codePoint = digits.startsWith("x") || digits.startsWith("X")
                    ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return Optional.of(" ");
        }
        boolean usable = codePoint >= 0x20 && codePoint <= 0x10FFFF && !(codePoint >= 0x7F && codePoint <= 0x9F)
                && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
        return usable ? Optional.of(new String(Character.toChars(codePoint))) : Optional.empty();
    }
}
