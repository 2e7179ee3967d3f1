package dk.sikkerby.indberetning.service.export;

/**
 * User text made safe for a document file (XHTML for the PDF, the XML inside a Word document): control
 * characters, lone surrogates and the non-characters U+FFFE/U+FFFF are not allowed in XML and show as
 * nothing in print, so they are removed; tabs and line breaks inside one line become a space (a text's
 * paragraphs are separate already). Every other character is kept as it is.
 */
final class DocumentText {

    private DocumentText() {
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? text : out.toString();
    }

    /** What replaces the character at {@code i}: null to keep it, "" to drop it, " " for a line break. */
    private static String replacement(String text, int i, char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            return " ";
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
            return "";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : "";
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? null : "";
        }
        return null;
    }

    /** The text escaped for XML content and attribute values (after {@link #clean}). */
    static String xml(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text as a CSS string literal: every character but ASCII letters, digits and spaces as a six-digit
     * hex escape and a space (CSS takes that space as the escape's end, so a real space after it stays).
     */
    static String css(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder("\"");
        clean.codePoints().forEach(cp -> {
            if (cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == ' ')) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\%06X ", cp));
            }
        });
        return out.append('"').toString();
    }
}
