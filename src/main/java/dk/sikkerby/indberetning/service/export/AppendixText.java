package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The words the appendix documents (PDF and Word) share with the workbook's appendix sheet: the column
 * headings, the draft line, the page-number pattern and the traffic lights' colours, so that the three
 * formats say the same thing in the same look.
 */
final class AppendixText {

    /** The fills the workbook uses, as hex RGB. */
    static final String HEADER_FILL = "BFBFBF";
    static final String CATEGORY_FILL = "D9D9D9";

    private final Messages messages;

    AppendixText(Messages messages) {
        this.messages = messages;
    }

    /** The five column headings; the department's carries the footnote's mark. */
    List<String> headings(ReportYear year) {
        return List.of(messages.get("export.column.initiative"),
                messages.get("export.column.department") + " " + DepartmentFootnote.MARK,
                messages.get("export.column.score"), year.noteLabel(), messages.get("export.column.assessment"));
    }

    /** The headings with the options' columns: "Sidste år" after the score when asked for. */
    List<String> headings(ReportYear year, AppendixOptions options) {
        List<String> headings = new java.util.ArrayList<>(headings(year));
        if (options.lastYear()) {
            headings.add(3, messages.get("export.column.lastYear"));
        }
        return headings;
    }

    /**
     * Column widths in the given proportions, with the "last year" column (three quarters of the score's)
     * when asked for, the score column a little wider, both taken from the two text columns, so that
     * "Målopfyldelse" keeps its word whole.
     */
    static int[] widths(int[] base, AppendixOptions options) {
        if (!options.lastYear()) {
            return base;
        }
        int[] out = new int[base.length + 1];
        System.arraycopy(base, 0, out, 0, 3);
        int added = base[2] * 3 / 4;
        int wider = 2;
        out[2] = base[2] + wider;
        out[3] = added;
        System.arraycopy(base, 3, out, 4, base.length - 3);
        out[out.length - 2] -= (added + wider) / 2;
        out[out.length - 1] -= added + wider - (added + wider) / 2;
        return out;
    }

    /** "1. Færre indbrud: Opfyldt", "2. Ny baseline: Udgår (ingen data)", or "Ikke vurderet" as the outcome. */
    String criterion(int number, SuccessCriterion criterion) {
        String outcome = criterion.outcome() == null ? messages.get("criteria.outcome.none")
                : messages.get(criterion.outcome().key());
        return criterion.isDropped()
                ? messages.get("export.criteria.lineDropped", number, criterion.text(), outcome, criterion.dropReason())
                : messages.get("export.criteria.line", number, criterion.text(), outcome);
    }

    String criteriaHeading() {
        return messages.get("criteria.title");
    }

    /** The line a document carries while the year is not locked. */
    String draft(int year) {
        return messages.get("export.document.draft", year);
    }

    /** "Side {0} af {1}" split around its two numbers: the text before, between and after. */
    List<String> pageNumberParts() {
        String marked = messages.get("export.footer", "\u0001", "\u0002");
        int first = marked.indexOf('\u0001');
        int second = marked.indexOf('\u0002');
        return List.of(marked.substring(0, first), marked.substring(first + 1, second), marked.substring(second + 1));
    }

    /** The language tag of the document, from the messages' locale ("da" by default). */
    String language() {
        String tag = messages.locale().getLanguage();
        return tag.isEmpty() ? Messages.DANISH.getLanguage() : tag.toLowerCase(Locale.ROOT);
    }

    static String fill(TrafficLight light) {
        return switch (light) {
            case RED -> "F8696B";
            case YELLOW -> "FFEB84";
            case GREEN -> "63BE7B";
        };
    }

    String lightName(TrafficLight light) {
        return messages.get("export.legend." + light.name().toLowerCase(Locale.ROOT));
    }
}
