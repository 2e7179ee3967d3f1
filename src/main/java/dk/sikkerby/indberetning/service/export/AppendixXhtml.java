package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * The appendix as XHTML for the PDF renderer, from the same data as the workbook's appendix sheet: the
 * title as the one h1, the table with its header row in a thead (repeated on every page), each category
 * as an h2 in a row spanning the table, the rich texts as paragraphs with italic runs, the department
 * footnote, and the traffic lights' legend when the scores are coloured. Every text is cleaned and
 * escaped ({@link DocumentText}), and what the bundled font cannot draw is replaced ({@link BundledFont}); the page size and
 * the draft line are CSS. The page numbers are drawn on the finished pages ({@link PageNumbers}), since the
 * appendix may be rendered in parts.
 */
final class AppendixXhtml {

    static final String FONT = "DejaVu Sans Condensed";

    private final Messages messages;
    private final AppendixText words;
    private final BundledFont font = BundledFont.get();
    private KeepWithFirstRow keep;

    AppendixXhtml(Messages messages) {
        this.messages = messages;
        this.words = new AppendixText(messages);
    }

    /** The whole appendix as one document; {@code rowDone} is called once per initiative. */
    String build(ExportContent content, boolean draft, Runnable rowDone) {
        return build(content, AppendixParts.of(content, Integer.MAX_VALUE).get(0), draft, rowDone);
    }

    /**
     * One part of the appendix ({@link AppendixParts}) as a document of its own: the title and the draft
     * paragraph in the first part, the footnote (about the whole content) and the legend in the last.
     */
    String build(ExportContent content, AppendixParts.Part part, boolean draft, Runnable rowDone) {
        ReportYear year = content.table().year();
        int rows = part.segments().stream().mapToInt(s -> s.rows().size()).sum();
        StringBuilder out = new StringBuilder(4096 + rows * 1200);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(words.language())
                .append("\" xml:lang=\"").append(words.language()).append("\"><head><title>")
                .append(text(year.title())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(text(year.title())).append("\"/>")
                .append("<style>").append(css(draft ? Optional.of(words.draft(year.year())) : Optional.empty()))
                .append("</style></head><body>");
        if (part.first()) {
            out.append("<h1>").append(text(year.title())).append("</h1>");
            if (draft) {
                out.append("<p class=\"draft\">").append(text(words.draft(year.year()))).append("</p>");
            }
        }
        table(out, content, part, rowDone);
        if (part.last()) {
            out.append("<p class=\"footnote\">").append(text(DepartmentFootnote.text(content.rows(), messages)))
                    .append("</p>");
            content.colours().ifPresent(t -> legend(out, t));
        }
        return out.append("</body></html>").toString();
    }

    private void table(StringBuilder out, ExportContent content, AppendixParts.Part part, Runnable rowDone) {
        int[] widths = AppendixText.widths(AppendixSheetWriter.WIDTHS, content.options());
        if (keep == null) {
            keep = new KeepWithFirstRow(font, messages, widths, content);
        }
        out.append("<table><colgroup>");
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        for (int w : widths) {
            out.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * w / sum)).append("%\"/>");
        }
        out.append("</colgroup><thead><tr>");
        for (String heading : words.headings(content.table().year(), content.options())) {
            out.append("<th scope=\"col\">").append(text(heading)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (AppendixParts.Segment segment : part.segments()) {
            if (segment.headed()) {
                out.append("<tr class=\"category\" style=\"-fs-page-break-min-height: ")
                        .append(keep.headingWithFirstRow(segment.rows().get(0))).append("pt\"><td colspan=\"")
                        .append(widths.length).append("\"><h2>")
                        .append(text(segment.category().name())).append("</h2></td></tr>");
            }
            for (InitiativeRow row : segment.rows()) {
                initiative(out, row, content);
                if (content.options().criteria() && !content.criteriaOf(row).isEmpty()) {
                    criteria(out, content.criteriaOf(row), widths.length);
                }
                rowDone.run();
            }
        }
        out.append("</tbody></table>");
    }

    private void initiative(StringBuilder out, InitiativeRow row, ExportContent content) {
        Optional<TrafficLightThresholds> colours = content.colours();
        out.append("<tr><td>").append(text(row.name())).append("</td>");
        out.append("<td class=\"centred\">").append(text(row.department().code())).append("</td>");
        Optional<TrafficLight> light = colours.flatMap(t -> t.colour(row.score()));
        out.append("<td class=\"centred\"");
        light.ifPresent(l -> out.append(" style=\"background-color:#").append(AppendixText.fill(l)).append('"'));
        out.append('>').append(text(ScoreText.of(row.score(), messages))).append("</td>");
        if (content.options().lastYear()) {
            out.append("<td class=\"centred\">")
                    .append(text(content.lastYearOf(row).map(s -> ScoreText.of(s, messages)).orElse(""))).append("</td>");
        }
        richCell(out, row.departmentNote());
        richCell(out, row.assessment());
        out.append("</tr>");
    }

    /** The initiative's criteria in a row under it: a small heading, then one line per criterion with its outcome. */
    private void criteria(StringBuilder out, List<SuccessCriterion> criteria, int columns) {
        out.append("<tr class=\"criteria\"><td colspan=\"").append(columns).append("\"><p class=\"criteria\">")
                .append(text(words.criteriaHeading())).append("</p>");
        for (int i = 0; i < criteria.size(); i++) {
            out.append("<p>").append(text(words.criterion(i + 1, criteria.get(i)))).append("</p>");
        }
        out.append("</td></tr>");
    }

    private void richCell(StringBuilder out, RichText text) {
        out.append("<td>");
        for (RichText.Paragraph paragraph : text.paragraphs()) {
            out.append("<p>");
            for (RichText.Run run : paragraph.runs()) {
                String escaped = text(run.text());
                out.append(run.italic() ? "<i>" + escaped + "</i>" : escaped);
            }
            out.append("</p>");
        }
        out.append("</td>");
    }

    /** Cleaned, drawable in the bundled font, and escaped. */
    private String text(String raw) {
        return DocumentText.xml(font.drawable(DocumentText.clean(raw)));
    }

    private void legend(StringBuilder out, TrafficLightThresholds thresholds) {
        out.append("<h2 class=\"legend\">").append(text(messages.get("export.legend.title"))).append("</h2>");
        for (TrafficLight light : TrafficLight.values()) {
            out.append("<p class=\"legend\"><span class=\"swatch\" style=\"background-color:#").append(AppendixText.fill(light))
                    .append("\">").append(text(words.lightName(light))).append("</span> ")
                    .append(text(LegendWriter.meaning(messages, light, thresholds))).append("</p>");
        }
        out.append("<p class=\"legend\">").append(text(messages.get("export.legend.noColour"))).append("</p>");
    }

    private String css(Optional<String> draftLine) {
        String font = "font-family: '" + FONT + "';";
        StringBuilder css = new StringBuilder()
                .append("@page { size: A4 landscape; margin: 16mm 12mm 16mm 12mm;");
        draftLine.ifPresent(line -> css.append(" @top-center { ").append(font)
                .append(" font-size: 9pt; font-weight: bold; content: ").append(DocumentText.css(line)).append("; }"));
        return css.append(" }\n")
                .append("html, body { ").append(font).append(" font-size: 9pt; line-height: 1.25; margin: 0; }\n")
                .append("h1 { font-size: 14pt; font-weight: bold; margin: 0 0 3mm 0; }\n")
                .append("p.draft { font-weight: bold; margin: 0 0 3mm 0; }\n")
                .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; -fs-table-paginate: paginate;"
                        + " -fs-border-rendering: no-bevel; }\n")
                .append("th, td { border: 0.5pt solid #000000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left;"
                        + " word-wrap: break-word; }\n")
                .append("thead th { background-color: #").append(AppendixText.HEADER_FILL).append("; font-weight: bold; }\n")
                .append("tr { page-break-inside: avoid; }\n")
                .append("tr.category td { background-color: #").append(AppendixText.CATEGORY_FILL).append("; }\n")
                .append("h2 { font-size: 9pt; font-weight: bold; margin: 0; }\n")
                .append("td.centred { text-align: center; }\n")
                .append("tr.criteria td { padding-left: 6mm; font-size: 8pt; }\n p.criteria { font-weight: bold; }\n")
                .append("td p { margin: 0; }\n td p + p { margin-top: 1.5mm; }\n")
                .append("p.footnote { font-size: 8pt; margin: 3mm 0 0 0; }\n")
                .append("h2.legend { margin-top: 4mm; }\n p.legend { margin: 1mm 0 0 0; }\n")
                .append("span.swatch { padding: 0 2mm; border: 0.5pt solid #000000; }\n")
                .toString();
    }
}
