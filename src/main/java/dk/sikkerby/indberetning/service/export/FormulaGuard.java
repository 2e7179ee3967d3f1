package dk.sikkerby.indberetning.service.export;

/**
 * Keeps user text from becoming a formula, link or command in a spreadsheet (CSV/formula injection).
 * Text is dangerous when its first character, after any leading spaces, is one a spreadsheet starts a
 * formula with: {@code = + - @}, their full-width forms, or a tab, carriage return or line feed. In
 * xlsx such text gets the quote prefix; in CSV it is prefixed with a single quote (OWASP).
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaGuard() {
    }

    public static boolean isDangerous(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRIGGERS.indexOf(c) >= 0) {
                return true;
            }
            if (c != ' ' && c != '\u00A0' && c != '\u3000') {
                return false;
            }
        }
        return false;
    }

    /** The text as a CSV field's content: dangerous text gets a leading single quote. */
    public static String forCsv(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
