package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a cell's text with its continuation on a later line, where the old document broke the row at
 * a page end. Both parts keep their paragraphs. The continuation starts a new paragraph if it says so
 * ({@code <p>} first) or if the first part ends a sentence and the continuation starts with a capital
 * letter or a digit; otherwise the page broke inside a sentence, and the two halves of that paragraph
 * are joined with a space (decision 0100).
 */
final class TextJoin {

    private TextJoin() {
    }

    static RichText join(RichText first, RichText continuation, boolean explicitParagraph) {
        if (first.isEmpty()) {
            return continuation;
        }
        if (continuation.isEmpty()) {
            return first;
        }
        List<RichText.Paragraph> paragraphs = new ArrayList<>(first.paragraphs());
        List<RichText.Paragraph> rest = continuation.paragraphs();
        RichText.Paragraph last = paragraphs.get(paragraphs.size() - 1);
        RichText.Paragraph next = rest.get(0);
        if (explicitParagraph || (endsSentence(last.text()) && startsSentence(next.text()))) {
            paragraphs.addAll(rest);
        } else {
            List<RichText.Run> runs = new ArrayList<>(last.runs());
            runs.add(new RichText.Run(" ", false));
            runs.addAll(next.runs());
            paragraphs.set(paragraphs.size() - 1, new RichText.Paragraph(runs));
            paragraphs.addAll(rest.subList(1, rest.size()));
        }
        return new RichText(paragraphs);
    }

    private static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        while (!t.isEmpty() && "\"'”’»)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean startsSentence(String text) {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        int cp = t.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || "\"'“„«(".indexOf(cp) >= 0;
    }
}
