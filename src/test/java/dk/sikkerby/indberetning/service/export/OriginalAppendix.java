package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.testsupport.Sample2021;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real 2021 appendix the app ships ({@link Sample2021}) read for the round-trip test's expectations,
 * deliberately without the importer's code: tab-separated rows, a category row has only its first cell,
 * a row without department and score continues the row above (the page broke it), and a text cell is
 * {@code <p>} paragraphs with {@code <i>} runs or one plain paragraph. A continuation that starts in
 * lower case goes on with the sentence above; otherwise it starts a new paragraph.
 */
final class OriginalAppendix {

    /** One initiative row; the texts as paragraphs that still carry their {@code <i>} markup. */
    record Row(int line, String category, String name, String department, String score,
               List<String> note, List<String> assessment) {

        String notePlain() {
            return plain(note);
        }

        String assessmentPlain() {
            return plain(assessment);
        }

        List<String> noteItalics() {
            return italics(note);
        }

        List<String> assessmentItalics() {
            return italics(assessment);
        }
    }

    private static final Pattern ITALIC = Pattern.compile("<i>(.*?)</i>");
    private static final Pattern FOOTNOTE_ITEM = Pattern.compile("([A-ZÆØÅ]{3}) er ([^,]+?)(?=, | og [A-ZÆØÅ]{3} er |$)");

    final String title;
    final List<String> header;
    final List<String> categories = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    /** The footnote's code → name pairs as the file writes them (with its KKF). */
    final Map<String, String> footnote = new LinkedHashMap<>();

    private OriginalAppendix(List<String> lines) {
        int i = 0;
        while (lines.get(i).isBlank()) {
            i++;
        }
        title = lines.get(i).strip();
        while (!lines.get(i).startsWith("Indsats\t")) {
            i++;
        }
        header = List.of(lines.get(i).split("\t", -1));
        String footnoteText = null;
        for (i++; i < lines.size() && !lines.get(i).startsWith("---"); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("¹")) {
                footnoteText = line.strip();
                continue;
            }
            read(i + 1, line.split("\t", -1));
        }
        Matcher items = FOOTNOTE_ITEM.matcher(footnoteText.substring(1).strip());
        while (items.find()) {
            footnote.put(items.group(1), items.group(2));
        }
    }

    static Path path() {
        return Sample2021.path();
    }

    static OriginalAppendix read() throws IOException {
        return new OriginalAppendix(List.of(Files.readString(path(), StandardCharsets.UTF_8).split("\n", -1)));
    }

    private void read(int lineNumber, String[] cells) {
        if (cells.length != 5) {
            throw new IllegalStateException("Line " + lineNumber + " has " + cells.length + " cells");
        }
        String first = cells[0].strip();
        boolean onlyFirst = cells[1].isBlank() && cells[2].isBlank() && cells[3].isBlank() && cells[4].isBlank();
        if (onlyFirst && !first.isEmpty() && first.equals(first.toUpperCase(Locale.ROOT))) {
            categories.add(first);
        } else if (cells[1].isBlank() && cells[2].isBlank()) {
            Row above = rows.remove(rows.size() - 1);
            String name = first.isEmpty() ? above.name() : above.name() + " " + first;
            rows.add(new Row(above.line(), above.category(), name, above.department(), above.score(),
                    continued(above.note(), paragraphs(cells[3])), continued(above.assessment(), paragraphs(cells[4]))));
        } else {
            rows.add(new Row(lineNumber, categories.get(categories.size() - 1), first, cells[1].strip(), cells[2].strip(),
                    paragraphs(cells[3]), paragraphs(cells[4])));
        }
    }

    private static List<String> paragraphs(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.startsWith("<p>")) {
            return List.of(text);
        }
        String inner = text.substring("<p>".length(), text.length() - "</p>".length());
        return List.of(inner.split("</p>\\s*<p>", -1));
    }

    private static List<String> continued(List<String> above, List<String> more) {
        List<String> joined = new ArrayList<>(above);
        if (more.isEmpty()) {
            return joined;
        }
        if (!joined.isEmpty() && Character.isLowerCase(more.get(0).codePointAt(0))) {
            joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + more.get(0));
            joined.addAll(more.subList(1, more.size()));
        } else {
            joined.addAll(more);
        }
        return joined;
    }

    private static String plain(List<String> paragraphs) {
        return String.join("\n", paragraphs).replace("<i>", "").replace("</i>", "");
    }

    private static List<String> italics(List<String> paragraphs) {
        List<String> found = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Matcher m = ITALIC.matcher(paragraph);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
