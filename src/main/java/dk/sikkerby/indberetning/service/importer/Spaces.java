package dk.sikkerby.indberetning.service.importer;

/**
 * White space in a cell as the readers compare it: every run of {@code [ \t\n\x0B\f\r]} (the regular
 * expression {@code \s}) becomes one space, then the text is stripped. The same as
 * {@code text.replaceAll("\\s+", " ").strip()}, without compiling an expression for every cell of a
 * 10,000-row file (issue 19: the cold import read its file on the critical path).
 */
final class Spaces {

    private Spaces() {
    }

    static String squeeze(String text) {
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return (out == null ? text : out.toString()).strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
