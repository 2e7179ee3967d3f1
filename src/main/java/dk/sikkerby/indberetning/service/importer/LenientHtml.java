package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a text cell of the old documents, which wrote paragraphs as {@code <p>} and italics as
 * {@code <i>}, into the app's {@link RichText}. The markup is input to translate, never to render:
 * character references are decoded, any other tag is reported and dropped while its text is kept,
 * and a {@code <} that starts no tag is text. White space runs become one space, as HTML shows them.
 */
final class LenientHtml {

    private static final int LONGEST_TAG = 200;

    private final String text;
    private final int line;
    private final int column;
    private final FindingCollector findings;
    private final List<RichText.Paragraph> paragraphs = new ArrayList<>();
    private final List<RichText.Run> runs = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private boolean italic;

    private LenientHtml(String text, int line, int column, FindingCollector findings) {
        this.text = text;
        this.line = line;
        this.column = column;
        this.findings = findings;
    }

    /** The rich text of a cell whose text starts at {@code column} of {@code line}. */
    static RichText read(String cell, int line, int column, FindingCollector findings) {
        return new LenientHtml(cell, line, column, findings).read();
    }

    /** A name cell as one line of plain text: markup handled as in a text cell, paragraphs joined by a space. */
    static String plain(String cell, int line, int column, FindingCollector findings) {
        if (cell.indexOf('<') < 0 && cell.indexOf('&') < 0) {
            return Spaces.squeeze(cell);
        }
        List<String> parts = read(cell, line, column, findings).paragraphs().stream()
                .map(RichText.Paragraph::text).toList();
        return String.join(" ", parts).strip();
    }

    /** True if the cell's text begins a paragraph explicitly ({@code <p>} first). */
    static boolean startsWithParagraph(String cell) {
        return cell.regionMatches(true, 0, "<p>", 0, 3) || cell.regionMatches(true, 0, "<p ", 0, 3);
    }

    private RichText read() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<') {
                i = tag(i);
            } else if (c == '&') {
                i = reference(i);
            } else if (isSpace(c)) {
                append(c);
                i++;
            } else {
                int end = i + 1;
                while (end < n && !isSpecial(text.charAt(end))) {
                    end++;
                }
                run.append(text, i, end);
                i = end;
            }
        }
        endParagraph();
        return new RichText(paragraphs);
    }

    private int tag(int start) {
        Optional<Tag> found = Tag.at(text, start);
        if (found.isEmpty()) {
            append('<');
            return start + 1;
        }
        Tag tag = found.get();
        switch (tag.name()) {
            case "p" -> {
                endParagraph();
                italic = false;
            }
            case "i" -> {
                endRun();
                italic = !tag.closing();
            }
            default -> findings.warning(line, column + start, "import.html.unknownTag", shorten(tag.raw()));
        }
        if (tag.hasAttributes() && (tag.name().equals("p") || tag.name().equals("i"))) {
            findings.warning(line, column + start, "import.html.attributesIgnored", shorten(tag.raw()));
        }
        return tag.end();
    }

    private int reference(int start) {
        Optional<HtmlEntities.Reference> found = HtmlEntities.at(text, start);
        if (found.isEmpty()) {
            append('&');
            return start + 1;
        }
        HtmlEntities.Reference reference = found.get();
        if (reference.text().isPresent()) {
            for (char ch : reference.text().get().toCharArray()) {
                append(ch);
            }
        } else {
            findings.warning(line, column + start, "import.html.unknownEntity", reference.raw());
            for (char ch : reference.raw().toCharArray()) {
                append(ch);
            }
        }
        return reference.end();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isSpecial(char c) {
        return c == '<' || c == '&' || isSpace(c);
    }

    private void append(char c) {
        if (isSpace(c)) {
            if (run.isEmpty() || run.charAt(run.length() - 1) != ' ') {
                run.append(' ');
            }
        } else {
            run.append(c);
        }
    }

    private void endRun() {
        if (!run.isEmpty()) {
            runs.add(new RichText.Run(run.toString(), italic));
            run.setLength(0);
        }
    }

    private void endParagraph() {
        endRun();
        List<RichText.Run> trimmed = trim(runs);
        if (!trimmed.isEmpty()) {
            paragraphs.add(new RichText.Paragraph(trimmed));
        }
        runs.clear();
    }

    /** The runs without the white space at the paragraph's start and end; spaces between runs stay. */
    private static List<RichText.Run> trim(List<RichText.Run> runs) {
        List<RichText.Run> merged = new RichText.Paragraph(runs).runs();
        List<RichText.Run> result = new ArrayList<>(merged);
        while (!result.isEmpty() && result.get(0).text().isBlank()) {
            result.remove(0);
        }
        while (!result.isEmpty() && result.get(result.size() - 1).text().isBlank()) {
            result.remove(result.size() - 1);
        }
        if (result.isEmpty()) {
            return result;
        }
        RichText.Run first = result.get(0);
        result.set(0, new RichText.Run(first.text().stripLeading(), first.italic()));
        int last = result.size() - 1;
        RichText.Run end = result.get(last);
        result.set(last, new RichText.Run(end.text().stripTrailing(), end.italic()));
        return result;
    }

    private static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }

    /** A tag: {@code <name ...>} or {@code </name>}, its name in lower case. */
    record Tag(String raw, String name, boolean closing, boolean hasAttributes, int end) {

        static Optional<Tag> at(String s, int start) {
            int i = start + 1;
            boolean closing = i < s.length() && s.charAt(i) == '/';
            if (closing) {
                i++;
            }
            int nameStart = i;
            while (i < s.length() && i - start < LONGEST_TAG && isNameChar(s.charAt(i), i == nameStart)) {
                i++;
            }
            if (i == nameStart) {
                return Optional.empty();
            }
            String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int close = i;
            while (close < s.length() && close - start < LONGEST_TAG && s.charAt(close) != '>' && s.charAt(close) != '<') {
                close++;
            }
            if (close >= s.length() || s.charAt(close) != '>') {
                return Optional.empty();
            }
            String attributes = s.substring(i, close).replace("/", "").strip();
            if (i < close && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '/') {
                return Optional.empty();
            }
            return Optional.of(new Tag(s.substring(start, close + 1), name, closing, !attributes.isEmpty(), close + 1));
        }

        private static boolean isNameChar(char c, boolean first) {
            return c < 128 && (Character.isLetter(c) || (!first && Character.isDigit(c)));
        }
    }
}
