package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.service.offline.TemplateLayout.COLUMNS;
import static dk.sikkerby.indberetning.service.offline.TemplateLayout.FIRST_DATA_ROW;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one department's workbook: a sheet named by the department code with a row per initiative
 * (the inputs unlocked and yellow, the rest locked, the sheet protected without a password) and the
 * very hidden sheet with the signed identifiers.
 */
final class TemplateWriter {

    private static final int[] WIDTHS = {40, 16, 13, 13, 16, 90, 28, 10};

    private final Messages messages;

    TemplateWriter(Messages messages) {
        this.messages = messages;
    }

    void write(TemplateData data, byte[] key, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            String notRelevant = messages.get("score.notRelevant");
            XSSFSheet sheet = workbook.createSheet(data.department().code());
            writeHeading(sheet, styles, data);
            List<Manifest.Row> manifestRows = new ArrayList<>();
            int r = FIRST_DATA_ROW;
            for (InitiativeRow initiative : data.rows()) {
                writeRow(sheet.createRow(r++), styles, initiative, data.lastYear().get(initiative.initiativeId()), notRelevant);
                manifestRows.add(new Manifest.Row(initiative.initiativeId(), initiative.version(),
                        Fingerprint.of(initiative.score(), initiative.departmentNote()), initiative.name()));
            }
            new TemplateValidations(messages, sheet).addAll(FIRST_DATA_ROW, r - 1, notRelevant);
            finishSheet(sheet);
            Manifest manifest = new Manifest(data.year().year(), data.department().code(), data.databaseIdentity(),
                    sheet.getSheetName(), notRelevant, manifestRows);
            ManifestSheet.write(workbook.createSheet(TemplateLayout.MANIFEST_SHEET), manifest,
                    ManifestSignature.sign(manifest, key));
            workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.lockStructure();
            workbook.write(out);
        }
    }

    private void writeHeading(XSSFSheet sheet, TemplateStyles styles, TemplateData data) {
        text(sheet.createRow(TemplateLayout.TITLE_ROW), 0, styles.title, messages.get("offline.template.title",
                data.year().year(), data.department().code(), data.department().name()));
        Row help = sheet.createRow(TemplateLayout.HELP_ROW);
        help.setHeightInPoints(60);
        text(help, 0, styles.help, messages.get("offline.template.help", messages.get("score.notRelevant")));
        sheet.addMergedRegion(new CellRangeAddress(TemplateLayout.HELP_ROW, TemplateLayout.HELP_ROW, 0, COLUMNS - 2));
        Row header = sheet.createRow(TemplateLayout.HEADER_ROW);
        String[] titles = {
            messages.get("offline.template.header.name"),
            messages.get("offline.template.header.lastYear", data.year().year() - 1),
            messages.get("offline.template.header.met"),
            messages.get("offline.template.header.total"),
            messages.get("offline.template.header.notRelevant"),
            messages.get("offline.template.header.note", data.year().noteLabel()),
            messages.get("offline.template.header.category"),
            messages.get("offline.template.header.id"),
        };
        for (int c = 0; c < titles.length; c++) {
            text(header, c, styles.header, titles[c]);
        }
    }

    private void writeRow(Row row, TemplateStyles styles, InitiativeRow initiative, Score lastYear, String notRelevant) {
        text(row, TemplateLayout.NAME, styles.locked, initiative.name());
        text(row, TemplateLayout.LAST_YEAR, styles.locked, lastYear == null ? "" : shown(lastYear, notRelevant));
        Score score = initiative.score();
        Cell met = cell(row, TemplateLayout.MET, styles.input);
        Cell total = cell(row, TemplateLayout.TOTAL, styles.input);
        score.met().ifPresent(met::setCellValue);
        score.total().ifPresent(total::setCellValue);
        Cell notRelevantCell = cell(row, TemplateLayout.NOT_RELEVANT, styles.input);
        if (score.isNotRelevant()) {
            notRelevantCell.setCellValue(notRelevant);
        }
        cell(row, TemplateLayout.NOTE, styles.note).setCellValue(NoteCells.toCell(initiative.departmentNote(), styles.italic));
        text(row, TemplateLayout.CATEGORY, styles.locked, initiative.category().name());
        cell(row, TemplateLayout.ID, styles.locked).setCellValue(initiative.initiativeId());
    }

    private static String shown(Score score, String notRelevant) {
        return score.isNotRelevant() ? notRelevant : score.fraction();
    }

    private static void finishSheet(XSSFSheet sheet) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.setColumnHidden(TemplateLayout.ID, true);
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
        sheet.setActiveCell(new org.apache.poi.ss.util.CellAddress(FIRST_DATA_ROW, TemplateLayout.MET));
    }

    private static void text(Row row, int column, CellStyle style, String value) {
        cell(row, column, style).setCellValue(value);
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }
}
