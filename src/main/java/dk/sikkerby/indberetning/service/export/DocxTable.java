package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.i18n.Messages;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The appendix table in Word: a fixed grid in the workbook's column proportions, the header row
 * repeated on every page (tblHeader), each category a heading in one cell merged across the columns
 * (gridSpan) whose paragraph keeps with the next (keepNext), so that Word and LibreOffice move the
 * heading to the next page with its first initiative rather than leave it at the foot of a page, and one
 * row per initiative that Word keeps on one page unless it is longer than a page (cantSplit). Italic runs stay italic; each paragraph of a text is a paragraph of its cell.
 */
final class DocxTable {

    /** The width between the margins, in twentieths of a point. */
    private static final int TABLE_TWIPS = 15478;
    /**
     * The workbook's proportions, with the department and score columns a little wider: Word's cells have
     * margins of their own, and "Målopfyldelse" in bold must fit without breaking inside the word.
     */
    private static final int[] WIDTHS = {25, 14, 16, 45, 55};

    private final XWPFDocument doc;
    private final Messages messages;
    private final AppendixText words;
    private final AppendixOptions options;
    private final int[] twips;

    DocxTable(XWPFDocument doc, Messages messages, AppendixText words, AppendixOptions options) {
        this.doc = doc;
        this.messages = messages;
        this.words = words;
        this.options = options;
        int[] widths = AppendixText.widths(WIDTHS, options);
        twips = new int[widths.length];
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        for (int c = 0; c < widths.length; c++) {
            twips[c] = TABLE_TWIPS * widths[c] / sum;
        }
    }

    void write(ExportContent content, Runnable rowDone) {
        XWPFTable table = doc.createTable(1, twips.length);
        layout(table);
        header(table.getRow(0), words.headings(content.table().year(), options));
        for (ExportContent.Group group : content.groups()) {
            category(table.createRow(), group.category().name());
            for (InitiativeRow row : group.rows()) {
                initiative(table.createRow(), row, content);
                if (options.criteria() && !content.criteriaOf(row).isEmpty()) {
                    criteria(table.createRow(), content.criteriaOf(row));
                }
                rowDone.run();
            }
        }
    }

    private void layout(XWPFTable table) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        properties.getTblW().setType(STTblWidth.DXA);
        properties.getTblW().setW(BigInteger.valueOf(TABLE_TWIPS));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.setCellMargins(40, 80, 40, 80);
    }

    private void header(XWPFTableRow row, List<String> headings) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < headings.size(); c++) {
            XWPFTableCell cell = cell(row, c);
            cell.setColor(AppendixText.HEADER_FILL);
            DocxAppendixWriter.run(cell.getParagraphs().get(0), headings.get(c)).setBold(true);
        }
    }

    private void category(XWPFTableRow row, String name) {
        XWPFTableCell cell = merged(row);
        cell.setColor(AppendixText.CATEGORY_FILL);
        XWPFParagraph heading = cell.getParagraphs().get(0);
        heading.setStyle(DocxStyles.HEADING_2);
        heading.setKeepNext(true);
        DocxAppendixWriter.run(heading, name);
    }

    /** The row as one cell across every column, kept on one page. */
    private XWPFTableCell merged(XWPFTableRow row) {
        row.setCantSplitRow(true);
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        CTTcPr properties = tcPr(cell);
        properties.addNewGridSpan().setVal(BigInteger.valueOf(twips.length));
        properties.addNewTcW().setW(BigInteger.valueOf(TABLE_TWIPS));
        properties.getTcW().setType(STTblWidth.DXA);
        return cell;
    }

    /** The initiative's criteria under its row: a bold line, then one paragraph per criterion with its outcome. */
    private void criteria(XWPFTableRow row, List<SuccessCriterion> criteria) {
        XWPFTableCell cell = merged(row);
        XWPFParagraph title = cell.getParagraphs().get(0);
        title.setIndentationLeft(340);
        DocxAppendixWriter.run(title, words.criteriaHeading()).setBold(true);
        for (int i = 0; i < criteria.size(); i++) {
            XWPFParagraph p = cell.addParagraph();
            p.setIndentationLeft(340);
            DocxAppendixWriter.run(p, words.criterion(i + 1, criteria.get(i)));
        }
    }

    private void initiative(XWPFTableRow row, InitiativeRow initiative, ExportContent content) {
        row.setCantSplitRow(true);
        DocxAppendixWriter.run(cell(row, 0).getParagraphs().get(0), initiative.name());
        centred(cell(row, 1), initiative.department().code());
        XWPFTableCell score = cell(row, 2);
        centred(score, ScoreText.of(initiative.score(), messages));
        Optional<TrafficLight> light = content.colours().flatMap(t -> t.colour(initiative.score()));
        light.ifPresent(l -> score.setColor(AppendixText.fill(l)));
        int next = 3;
        if (options.lastYear()) {
            centred(cell(row, next++), content.lastYearOf(initiative).map(s -> ScoreText.of(s, messages)).orElse(""));
        }
        rich(cell(row, next), initiative.departmentNote());
        rich(cell(row, next + 1), initiative.assessment());
    }

    private static void centred(XWPFTableCell cell, String text) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxAppendixWriter.run(p, text);
    }

    private static void rich(XWPFTableCell cell, RichText text) {
        boolean first = true;
        for (RichText.Paragraph paragraph : text.paragraphs()) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (!first) {
                p.setSpacingBefore(80);
            }
            first = false;
            for (RichText.Run run : paragraph.runs()) {
                DocxAppendixWriter.run(p, run.text()).setItalic(run.italic());
            }
        }
    }

    private XWPFTableCell cell(XWPFTableRow row, int column) {
        XWPFTableCell cell = row.getCell(column);
        CTTcPr properties = tcPr(cell);
        if (!properties.isSetTcW()) {
            properties.addNewTcW();
        }
        properties.getTcW().setType(STTblWidth.DXA);
        properties.getTcW().setW(BigInteger.valueOf(twips[column]));
        return cell;
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
