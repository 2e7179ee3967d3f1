package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Sheet 1, the committee appendix, ready to print: title, header row (repeated on every page and
 * frozen on screen), category rows merged across the table, one row per initiative with its rich
 * text wrapped and its height computed, the department footnote below the table, and the traffic
 * lights' legend when the scores are coloured. A4 landscape, fitted to the page width. With
 * {@link AppendixOptions#lastYear()} a "last year" column follows the score, with the widths and heading the
 * PDF and Word documents use ({@link AppendixText}).
 */
final class PoiAppendixSheetWriter {

    static final int[] WIDTHS = {26, 13, 14, 46, 56};
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    /** The columns of the committee's layout, without the options' columns. */
    static final int COLUMNS = WIDTHS.length;

    private final Sheet sheet;
    private final PoiWorkbookStyles styles;
    private final Messages messages;
    private final PoiRichTextCells cells;
    private final RowHeights heights = new RowHeights(TextWidths.get());
    private final List<String> clipped = new ArrayList<>();
    private int[] widths = WIDTHS;
    private int next;

    PoiAppendixSheetWriter(Sheet sheet, PoiWorkbookStyles styles, Messages messages, PoiRichTextCells cells) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
        this.cells = cells;
    }

    /** Writes the sheet; returns the initiatives whose text is too long to show in one row. */
    List<String> write(ExportContent content, Runnable rowDone) {
        widths = AppendixText.widths(WIDTHS, content.options());
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        writeTitle(content.table().year());
        writeHeader(content.table().year(), content.options());
        for (ExportContent.Group group : content.groups()) {
            writeCategory(group.category().name());
            for (InitiativeRow row : group.rows()) {
                writeInitiative(row, content);
                rowDone.run();
            }
        }
        next++;
        writeFootnote(DepartmentFootnote.text(content.rows(), messages));
        content.colours().ifPresent(t -> new PoiLegendWriter(sheet, styles, messages, cells, widths.length).write(next + 1, t));
        setUpPrinting();
        return clipped;
    }

    private void writeTitle(ReportYear year) {
        Row row = sheet.createRow(TITLE_ROW);
        cells.text(row.createCell(0), year.title(), styles.title);
        row.setHeightInPoints(RowHeights.points(1, PoiWorkbookStyles.TITLE_POINTS));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, widths.length - 1));
    }

    private void writeHeader(ReportYear year, AppendixOptions options) {
        Row row = sheet.createRow(HEADER_ROW);
        List<String> labels = new AppendixText(messages).headings(year, options);
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            cells.text(row.createCell(c), labels.get(c), styles.header);
            lines = Math.max(lines, heights.lines(labels.get(c), RowHeights.columnPoints(widths[c]), PoiWorkbookStyles.FONT_POINTS * 1.1f));
        }
        row.setHeightInPoints(RowHeights.points(lines, PoiWorkbookStyles.FONT_POINTS));
        next = HEADER_ROW + 1;
    }

    private void writeCategory(String name) {
        Row row = sheet.createRow(next);
        cells.text(row.createCell(0), name, styles.category);
        for (int c = 1; c < widths.length; c++) {
            row.createCell(c).setCellStyle(styles.category);
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(next, next, 0, widths.length - 1));
        next++;
    }

    private void writeInitiative(InitiativeRow initiative, ExportContent content) {
        Row row = sheet.createRow(next++);
        cells.text(row.createCell(0), initiative.name(), styles.text);
        cells.text(row.createCell(1), initiative.department().code(), styles.score);
        Optional<TrafficLight> light = content.colours().flatMap(t -> t.colour(initiative.score()));
        CellStyle scoreStyle = light.map(styles::lightScore).orElse(styles.score);
        cells.text(row.createCell(2), ScoreText.of(initiative.score(), messages), scoreStyle);
        int note = 3;
        int lines = lines(initiative.name(), 0);
        if (content.options().lastYear()) {
            String last = content.lastYearOf(initiative).map(s -> ScoreText.of(s, messages)).orElse("");
            cells.text(row.createCell(note), last, styles.score);
            lines = Math.max(lines, lines(last, note++));
        }
        cells.richText(row.createCell(note), initiative.departmentNote(), styles.text);
        cells.richText(row.createCell(note + 1), initiative.assessment(), styles.text);
        lines = Math.max(lines, Math.max(lines(initiative.departmentNote().plainText(), note),
                lines(initiative.assessment().plainText(), note + 1)));
        float points = RowHeights.points(lines, PoiWorkbookStyles.FONT_POINTS);
        if (points > RowHeights.MAX_POINTS) {
            clipped.add(initiative.name());
            points = RowHeights.MAX_POINTS;
        }
        row.setHeightInPoints(points);
    }

    private int lines(String text, int column) {
        return heights.lines(text, RowHeights.columnPoints(widths[column]), PoiWorkbookStyles.FONT_POINTS);
    }

    private void writeFootnote(String text) {
        Row row = sheet.createRow(next);
        cells.text(row.createCell(0), text, styles.footnote);
        float width = 0;
        for (int w : widths) {
            width += RowHeights.columnPoints(w);
        }
        int lines = heights.lines(text, width, PoiWorkbookStyles.FOOTNOTE_POINTS);
        row.setHeightInPoints(RowHeights.points(lines, PoiWorkbookStyles.FOOTNOTE_POINTS));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(next, next, 0, widths.length - 1));
        next++;
    }

    private void setUpPrinting() {
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter(messages.get("export.footer", "&P", "&N"));
    }
}
