package dk.sikkerby.indberetning.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the storage form of {@link RichText}: {@code <p>} paragraphs containing text and
 * {@code <i>} runs, with {@code &amp; &lt; &gt;} as the only entities. The reader is strict: anything
 * the writer cannot produce is rejected, so a stored value always shows exactly in the editor.
 */
final class RichTextCodec {

    private static final String[][] ENTITIES = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}};

    private RichTextCodec() {
    }

    static String write(RichText text) {
        StringBuilder out = new StringBuilder();
        for (RichText.Paragraph paragraph : text.paragraphs()) {
            out.append("<p>");
            for (RichText.Run run : paragraph.runs()) {
                if (run.italic()) {
                    out.append("<i>");
                }
                escape(run.text(), out);
                if (run.italic()) {
                    out.append("</i>");
                }
            }
            out.append("</p>");
        }
        return out.toString();
    }

    static RichText parse(String storage) {
        if (storage == null || storage.isEmpty()) {
            return RichText.EMPTY;
        }
        List<RichText.Paragraph> paragraphs = new ArrayList<>();
        int pos = 0;
        while (pos < storage.length()) {
            pos = expect(storage, pos, "<p>");
            List<RichText.Run> runs = new ArrayList<>();
            boolean italic = false;
            StringBuilder text = new StringBuilder();
            while (true) {
                if (pos >= storage.length()) {
                    throw new IllegalArgumentException("Unclosed paragraph in rich text");
                }
                char c = storage.charAt(pos);
                if (c == '<') {
                    if (storage.startsWith("</p>", pos)) {
                        if (italic) {
                            throw new IllegalArgumentException("Unclosed italic run in rich text");
                        }
                        runs.add(new RichText.Run(text.toString(), false));
                        pos += 4;
                        break;
                    } else if (storage.startsWith("<i>", pos) && !italic) {
                        runs.add(new RichText.Run(text.toString(), false));
                        text.setLength(0);
                        italic = true;
                        pos += 3;
                    } else if (storage.startsWith("</i>", pos) && italic) {
                        runs.add(new RichText.Run(text.toString(), true));
                        text.setLength(0);
                        italic = false;
                        pos += 4;
                    } else {
                        throw new IllegalArgumentException("Unexpected markup at " + pos + " in rich text");
                    }
                } else if (c == '&') {
                    pos = unescape(storage, pos, text);
                } else if (c == '>') {
                    throw new IllegalArgumentException("Unexpected markup at " + pos + " in rich text");
                } else {
                    // plain text up to the next markup or entity, appended at once (a character at a time
                    // was about a sixth of a cold 10,000-row export, issue 19)
                    int end = pos + 1;
                    while (end < storage.length() && !isSpecial(storage.charAt(end))) {
                        end++;
                    }
                    text.append(storage, pos, end);
                    pos = end;
                }
            }
            paragraphs.add(new RichText.Paragraph(runs));
        }
        return new RichText(paragraphs);
    }

    private static boolean isSpecial(char c) {
        return c == '<' || c == '>' || c == '&';
    }

    private static int expect(String s, int pos, String token) {
        if (!s.startsWith(token, pos)) {
            throw new IllegalArgumentException("Expected " + token + " at " + pos + " in rich text");
        }
        return pos + token.length();
    }

    private static int unescape(String s, int pos, StringBuilder out) {
        for (String[] entity : ENTITIES) {
            if (s.startsWith(entity[0], pos)) {
                out.append(entity[1]);
                return pos + entity[0].length();
            }
        }
        throw new IllegalArgumentException("Unknown entity at " + pos + " in rich text");
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }
}
