package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the runs of one string item ({@code <si>} or {@code <is>}): {@code <t>} directly or inside
 * {@code <r>} runs with an optional italic property, skipping phonetic runs, and keeping at most
 * {@link XmlParts#MAX_CELL_CHARS} characters.
 */
final class RunCollector {

    private final List<RichText.Run> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int length;
    private boolean italic;
    private boolean inText;
    private boolean inPhonetic;
    private boolean truncated;

    /** Handles an element start inside the item; the caller passes the element's local name. */
    void start(String name, String val) {
        switch (name) {
            case "r" -> italic = false;
            case "i" -> italic = XmlParts.isOn(val);
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                inText = !inPhonetic;
                text.setLength(0);
            }
            default -> { }
        }
    }

    void end(String name) {
        switch (name) {
            case "t" -> {
                if (inText) {
                    runs.add(new RichText.Run(XmlParts.decode(text.toString()), italic));
                }
                inText = false;
            }
            case "r" -> italic = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    void characters(char[] ch, int start, int count) {
        if (!inText) {
            return;
        }
        int room = XmlParts.MAX_CELL_CHARS + 1 - length;
        if (count > room) {
            truncated = true;
        }
        int take = Math.max(0, Math.min(count, room));
        text.append(ch, start, take);
        length += take;
    }

    List<RichText.Run> runs() {
        return List.copyOf(runs);
    }

    boolean truncated() {
        return truncated;
    }

    String plainText() {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        return all.toString();
    }
}
