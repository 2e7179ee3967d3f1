package dk.sikkerby.indberetning.service.offline;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The layout of the very hidden sheet: named values in columns A and B, then one row per initiative
 * (id, version, fingerprint, name). Every value is text, so no spreadsheet program reformats it.
 */
final class ManifestSheet {

    static final String FORMAT = "format";
    static final String YEAR = "year";
    static final String DEPARTMENT = "department";
    static final String DATABASE = "database";
    static final String SHEET = "sheet";
    static final String NOT_RELEVANT = "notRelevant";
    static final String SIGNATURE = "signature";
    static final String ROW = "row";

    private ManifestSheet() {
    }

    static void write(XSSFSheet sheet, Manifest manifest, String signature) {
        int r = 0;
        r = pair(sheet, r, FORMAT, TemplateLayout.FORMAT);
        r = pair(sheet, r, YEAR, String.valueOf(manifest.year()));
        r = pair(sheet, r, DEPARTMENT, manifest.departmentCode());
        r = pair(sheet, r, DATABASE, manifest.databaseIdentity());
        r = pair(sheet, r, SHEET, manifest.sheetName());
        r = pair(sheet, r, NOT_RELEVANT, manifest.notRelevantText());
        r = pair(sheet, r, SIGNATURE, signature);
        for (Manifest.Row m : manifest.rows()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(ROW);
            row.createCell(1).setCellValue(String.valueOf(m.initiativeId()));
            row.createCell(2).setCellValue(String.valueOf(m.version()));
            row.createCell(3).setCellValue(m.fingerprint());
            row.createCell(4).setCellValue(m.name());
        }
        sheet.enableLocking();
    }

    private static int pair(XSSFSheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
