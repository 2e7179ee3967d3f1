package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.i18n.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sheet 1, the committee appendix, ready to print: title, header row (repeated on every page and
 * frozen on screen), category rows merged across the table, one row per initiative with its rich
 * text wrapped and its height computed, the department footnote below the table, and the traffic
 * lights' legend when the scores are coloured. A4 landscape, fitted to the page width. With
 * {@link AppendixOptions#lastYear()} a "last year" column follows the score, with the widths and heading the
 * PDF and Word documents use ({@link AppendixText}).
 */
final class AppendixSheetWriter {

    static final int[] WIDTHS = {26, 13, 14, 46, 56};
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    /** The columns of the committee's layout, without the options' columns. */
    static final int COLUMNS = WIDTHS.length;
    /** Rows of the traffic lights' legend after the footnote: a blank row, its title, the colours, "no colour". */
    private static final int LEGEND_ROWS = 6;

    private final SheetXml sheet;
    private final RichTextCells cells;
    private final Messages messages;
    private final RowHeights heights = new RowHeights(TextWidths.get());
    private final List<String> clipped = new ArrayList<>();
    private int[] widths = WIDTHS;
    private int next;

    AppendixSheetWriter(SheetXml sheet, RichTextCells cells, Messages messages) {
        this.sheet = sheet;
        this.cells = cells;
        this.messages = messages;
    }

    /** Writes the sheet; returns the initiatives whose text is too long to show in one row. */
    List<String> write(ExportContent content, Runnable rowDone) throws IOException {
        widths = AppendixText.widths(WIDTHS, content.options());
        List<ExportContent.Group> groups = content.groups();
        int footnoteRow = HEADER_ROW + groups.size() + content.rows().size() + 2;
        int lastRow = footnoteRow + (content.colours().isPresent() ? LEGEND_ROWS : 0);
        sheet.begin(new SheetXml.Layout(lastRow, widths.length - 1, HEADER_ROW + 1, widths, true, true, print()));
        writeTitle(content.table().year());
        writeHeader(content.table().year(), content.options());
        for (ExportContent.Group group : groups) {
            writeCategory(group.category().name());
            for (InitiativeRow row : group.rows()) {
                writeInitiative(row, content);
                rowDone.run();
            }
        }
        next++;
        writeFootnote(DepartmentFootnote.text(content.rows(), messages));
        if (content.colours().isPresent()) {
            new LegendWriter(sheet, cells, messages, widths.length).write(next + 1, content.colours().get());
        }
        sheet.end();
        return clipped;
    }

    private void writeTitle(ReportYear year) throws IOException {
        sheet.row(TITLE_ROW, RowHeights.points(1, WorkbookStyles.TITLE_POINTS));
        cells.text(0, year.title(), WorkbookStyles.TITLE);
        sheet.merge(TITLE_ROW, 0, widths.length - 1);
    }

    private void writeHeader(ReportYear year, AppendixOptions options) throws IOException {
        List<String> labels = new AppendixText(messages).headings(year, options);
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, heights.lines(labels.get(c), RowHeights.columnPoints(widths[c]), WorkbookStyles.FONT_POINTS * 1.1f));
        }
        sheet.row(HEADER_ROW, RowHeights.points(lines, WorkbookStyles.FONT_POINTS));
        for (int c = 0; c < widths.length; c++) {
            cells.text(c, labels.get(c), WorkbookStyles.HEADER);
        }
        next = HEADER_ROW + 1;
    }

    private void writeCategory(String name) throws IOException {
        sheet.row(next, Float.NaN);
        cells.text(0, name, WorkbookStyles.CATEGORY);
        for (int c = 1; c < widths.length; c++) {
            sheet.blank(c, WorkbookStyles.CATEGORY);
        }
        sheet.merge(next, 0, widths.length - 1);
        next++;
    }

    private void writeInitiative(InitiativeRow initiative, ExportContent content) throws IOException {
        Optional<TrafficLight> light = content.colours().flatMap(t -> t.colour(initiative.score()));
        int scoreStyle = light.map(WorkbookStyles::lightScore).orElse(WorkbookStyles.SCORE);
        int note = 3;
        int lines = lines(initiative.name(), 0);
        String last = null;
        if (content.options().lastYear()) {
            last = content.lastYearOf(initiative).map(s -> ScoreText.of(s, messages)).orElse("");
            lines = Math.max(lines, lines(last, note++));
        }
        lines = Math.max(lines, Math.max(lines(initiative.departmentNote().plainText(), note),
                lines(initiative.assessment().plainText(), note + 1)));
        float points = RowHeights.points(lines, WorkbookStyles.FONT_POINTS);
        if (points > RowHeights.MAX_POINTS) {
            clipped.add(initiative.name());
            points = RowHeights.MAX_POINTS;
        }
        sheet.row(next++, points);
        cells.text(0, initiative.name(), WorkbookStyles.TEXT);
        cells.text(1, initiative.department().code(), WorkbookStyles.SCORE);
        cells.text(2, ScoreText.of(initiative.score(), messages), scoreStyle);
        if (last != null) {
            cells.text(3, last, WorkbookStyles.SCORE);
        }
        cells.richText(note, initiative.departmentNote(), WorkbookStyles.TEXT);
        cells.richText(note + 1, initiative.assessment(), WorkbookStyles.TEXT);
    }

    private int lines(String text, int column) {
        return heights.lines(text, RowHeights.columnPoints(widths[column]), WorkbookStyles.FONT_POINTS);
    }

    private void writeFootnote(String text) throws IOException {
        float width = 0;
        for (int w : widths) {
            width += RowHeights.columnPoints(w);
        }
        int lines = heights.lines(text, width, WorkbookStyles.FOOTNOTE_POINTS);
        sheet.row(next, RowHeights.points(lines, WorkbookStyles.FOOTNOTE_POINTS));
        cells.text(0, text, WorkbookStyles.FOOTNOTE);
        sheet.merge(next, 0, widths.length - 1);
        next++;
    }

    /**
     * A4 landscape, fitted to the page's width, the margins in inches, "Side 1 af 3" in the footer's centre. The
     * header row repeated on every page is the workbook's print titles ({@link WorkbookWriter}).
     */
    private String print() {
        return "<pageMargins bottom=\"0.6\" footer=\"0.3\" header=\"0.3\" left=\"0.4\" right=\"0.4\" top=\"0.5\"/>"
                + "<pageSetup usePrinterDefaults=\"false\" paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\""
                + " fitToHeight=\"0\"/><headerFooter><oddFooter>"
                + XmlText.escaped("&C" + messages.get("export.footer", "&P", "&N")) + "</oddFooter></headerFooter>";
    }
}
