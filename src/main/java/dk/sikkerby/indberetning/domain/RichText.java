package dk.sikkerby.indberetning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rich text as the appendix has it: paragraphs of runs that are either plain or italic. Nothing else
 * can be expressed, so nothing else can be stored. The storage form is a tiny HTML subset written and
 * read only by {@link RichTextCodec}.
 */
public record RichText(List<Paragraph> paragraphs) {

    public static final RichText EMPTY = new RichText(List.of());

    public RichText {
        paragraphs = paragraphs.stream().filter(p -> !p.isEmpty()).toList();
    }

    public static RichText plain(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        List<Paragraph> result = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            result.add(new Paragraph(List.of(new Run(line, false))));
        }
        return new RichText(result);
    }

    public static RichText parse(String storage) {
        return RichTextCodec.parse(storage);
    }

    public String toStorage() {
        return RichTextCodec.write(this);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** The text without formatting, paragraphs separated by a line break. */
    public String plainText() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    /** Characters of text, counting each paragraph break as one: {@code plainText().length()}, without making the text. */
    public int length() {
        int length = Math.max(0, paragraphs.size() - 1);
        for (Paragraph p : paragraphs) {
            for (Run run : p.runs()) {
                length += run.text().length();
            }
        }
        return length;
    }

    public boolean hasItalic() {
        return paragraphs.stream().flatMap(p -> p.runs().stream()).anyMatch(Run::italic);
    }

    /** One paragraph: consecutive runs with the same style are merged, empty runs dropped. */
    public record Paragraph(List<Run> runs) {
        public Paragraph {
            List<Run> merged = new ArrayList<>();
            for (Run run : runs) {
                if (run.text().isEmpty()) {
                    continue;
                }
                int last = merged.size() - 1;
                if (last >= 0 && merged.get(last).italic() == run.italic()) {
                    merged.set(last, new Run(merged.get(last).text() + run.text(), run.italic()));
                } else {
                    merged.add(run);
                }
            }
            runs = List.copyOf(merged);
        }

        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }

        public boolean isEmpty() {
            return runs.isEmpty();
        }
    }

    public record Run(String text, boolean italic) {
        public Run {
            if (text == null) {
                throw new IllegalArgumentException("Run text must not be null");
            }
        }
    }
}
