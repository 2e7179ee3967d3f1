package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook the export writes itself (decision 1910) is the workbook POI's streaming workbook wrote before
 * ({@link PoiWorkbookWriter}, kept in the tests as the reference): for the real 2021 appendix in every layout
 * (plain, traffic lights, "last year", success criteria, English), for hostile text, and for 300 generated rows
 * with long notes, clipped rows and missing scores. Compared twice: every part of the zip but the document
 * properties byte for byte, and read back with POI cell by cell and style by style.
 */
class WorkbookSameAsPoiTest {

    private static final Messages DANISH = Messages.forLocale(Messages.DANISH);

    @Test
    void theRealYearInEveryLayoutIsTheSameWorkbook(@TempDir Path dir) throws IOException {
        ExportContent plain = Appendix2021.content(dir);
        YearTable table = plain.table();
        Map<Integer, Score> lastYear = new HashMap<>();
        Map<Integer, List<SuccessCriterion>> criteria = new HashMap<>();
        for (InitiativeRow row : table.rows().subList(0, 10)) {
            lastYear.put(row.initiativeId(), row.initiativeId() % 3 == 0 ? Score.notRelevant() : Score.of(1, 2));
            criteria.put(row.initiativeId(), List.of(SuccessCriterion.of("Færre indbrud i området"),
                    SuccessCriterion.of("=Ny baseline").withOutcome(CriterionOutcome.DROPPED, "ingen data")));
        }
        assertSame(plain, DANISH);
        assertSame(new ExportContent(table, Optional.of(TrafficLightThresholds.DEFAULT)), DANISH);
        assertSame(new ExportContent(table, Optional.of(new TrafficLightThresholds(30, 80)), criteria,
                new AppendixOptions(false, true), lastYear), DANISH);
        assertSame(new ExportContent(table, Optional.empty(), criteria), Messages.forLocale(java.util.Locale.ENGLISH));
    }

    @Test
    void hostileTextIsTheSameWorkbook() throws IOException {
        List<String> texts = List.of("=1+1", "+A1", "-2+3", "@SUM(A1)", " =cmd|' /C calc'!A0", "\t=1", "＝1", "a < b & c > \"d\"",
                " leading and trailing ", "control\u0001char\uFFFE", "emoji 😀 here", "", "- punkt", "line\nbreak\r\nx");
        Department department = new Department(1, "=SOF", "@Socialforvaltningen");
        Category category = new Category(1, 2021, "+KATEGORI", 1);
        List<InitiativeRow> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            RichText italic = new RichText(List.of(new RichText.Paragraph(List.of(new RichText.Run(text.isEmpty() ? "x" : text, true),
                    new RichText.Run(" kursiv", false)))));
            Score score = i % 4 == 0 ? Score.missing() : i % 4 == 1 ? Score.notRelevant() : Score.of(i % 3, 2);
            Optional<Submission> submission = score.isMissing() ? Optional.empty()
                    : Optional.of(new Submission(i, 2021, i, score, RichText.plain(text), italic, 1, null));
            rows.add(new InitiativeRow(i, text, department, category, i, submission));
        }
        YearTable table = new YearTable(new ReportYear(2021, "=Bilag 1", "+Covid-19"), List.of(category), rows);
        assertSame(new ExportContent(table, Optional.of(TrafficLightThresholds.DEFAULT)), DANISH);
    }

    @Test
    void aLongYearIsTheSameWorkbook() throws IOException {
        assertSame(new ExportContent(BigAppendixTable.of(300, 4, 1910), Optional.of(TrafficLightThresholds.DEFAULT)), DANISH);
        YearTable one = BigAppendixTable.of(1, 1, 7);
        assertSame(new ExportContent(one, Optional.empty()), DANISH);
    }

    private static void assertSame(ExportContent content, Messages messages) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        List<String> expectedClipped = new PoiWorkbookWriter(messages).write(content, expected, Progress.NONE);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        List<String> actualClipped = new WorkbookWriter(messages).write(content, actual, Progress.NONE);
        assertEquals(expectedClipped, actualClipped, "the rows too long to show");
        Map<String, String> before = parts(expected.toByteArray());
        Map<String, String> after = parts(actual.toByteArray());
        assertEquals(before.keySet(), after.keySet(), "the parts of the package");
        for (String part : before.keySet()) {
            if (!part.startsWith("docProps/")) {
                assertSameText(before.get(part), after.get(part), part);
            }
        }
        try (XSSFWorkbook old = read(expected); XSSFWorkbook now = read(actual)) {
            assertSameWorkbook(old, now);
        }
    }

    /** Equal texts, or the first difference with a little of what is around it. */
    private static void assertSameText(String expected, String actual, String part) {
        int at = 0;
        while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at < expected.length() || at < actual.length()) {
            int from = Math.max(0, at - 80);
            assertEquals(expected.substring(from, Math.min(expected.length(), at + 120)),
                    actual.substring(from, Math.min(actual.length(), at + 120)), part + " differs at " + at);
        }
    }

    private static void assertSameWorkbook(XSSFWorkbook old, XSSFWorkbook now) {
        assertEquals(old.getNumberOfSheets(), now.getNumberOfSheets(), "sheets");
        assertEquals(old.getNumCellStyles(), now.getNumCellStyles(), "cell styles");
        for (int s = 0; s < old.getNumberOfSheets(); s++) {
            XSSFSheet a = old.getSheetAt(s);
            XSSFSheet b = now.getSheetAt(s);
            String where = a.getSheetName();
            assertEquals(where, b.getSheetName());
            assertEquals(a.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList(),
                    b.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList(), where + " merged regions");
            assertEquals(String.valueOf(a.getRepeatingRows()), String.valueOf(b.getRepeatingRows()), where + " repeated rows");
            assertEquals(String.valueOf(a.getPaneInformation() == null ? null : a.getPaneInformation().getHorizontalSplitPosition()),
                    String.valueOf(b.getPaneInformation() == null ? null : b.getPaneInformation().getHorizontalSplitPosition()), where + " pane");
            assertEquals(a.getCTWorksheet().isSetAutoFilter() ? a.getCTWorksheet().getAutoFilter().getRef() : null,
                    b.getCTWorksheet().isSetAutoFilter() ? b.getCTWorksheet().getAutoFilter().getRef() : null, where + " autofilter");
            assertEquals(a.getFitToPage(), b.getFitToPage(), where + " fit to page");
            assertEquals(a.getFooter().getCenter(), b.getFooter().getCenter(), where + " footer");
            PrintSetup pa = a.getPrintSetup();
            PrintSetup pb = b.getPrintSetup();
            assertEquals(List.of(pa.getPaperSize(), pa.getLandscape(), pa.getFitWidth(), pa.getFitHeight()),
                    List.of(pb.getPaperSize(), pb.getLandscape(), pb.getFitWidth(), pb.getFitHeight()), where + " print setup");
            for (PageMargin margin : PageMargin.values()) {
                assertEquals(a.getMargin(margin), b.getMargin(margin), where + " margin " + margin);
            }
            assertEquals(a.getLastRowNum(), b.getLastRowNum(), where + " rows");
            for (int c = 0; c < 16; c++) {
                assertEquals(a.getColumnWidth(c), b.getColumnWidth(c), where + " width of column " + c);
            }
            for (int r = 0; r <= a.getLastRowNum(); r++) {
                Row ra = a.getRow(r);
                Row rb = b.getRow(r);
                assertEquals(ra == null, rb == null, where + " row " + r);
                if (ra == null) {
                    continue;
                }
                assertEquals(ra.getHeightInPoints(), rb.getHeightInPoints(), where + " height of row " + r);
                assertEquals(ra.getLastCellNum(), rb.getLastCellNum(), where + " cells of row " + r);
                for (int c = 0; c < ra.getLastCellNum(); c++) {
                    assertSameCell((XSSFCell) ra.getCell(c), (XSSFCell) rb.getCell(c), where + " " + r + "," + c);
                }
            }
        }
    }

    private static void assertSameCell(XSSFCell a, XSSFCell b, String where) {
        assertEquals(a == null, b == null, where);
        if (a == null) {
            return;
        }
        assertEquals(a.getCellType(), b.getCellType(), where + " type");
        assertTrue(a.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA, where + " is a formula");
        switch (a.getCellType()) {
            case NUMERIC -> assertEquals(a.getNumericCellValue(), b.getNumericCellValue(), where);
            case BOOLEAN -> assertEquals(a.getBooleanCellValue(), b.getBooleanCellValue(), where);
            case STRING -> assertEquals(runs(a.getRichStringCellValue()), runs(b.getRichStringCellValue()), where + " text and runs");
            default -> {
            }
        }
        assertEquals(style(a.getCellStyle()), style(b.getCellStyle()), where + " style");
    }

    /** The text of each run with whether it is italic. */
    private static List<String> runs(XSSFRichTextString text) {
        List<String> runs = new ArrayList<>();
        if (text.numFormattingRuns() == 0) {
            return List.of(text.getString());
        }
        for (int i = 0; i < text.numFormattingRuns(); i++) {
            int start = text.getIndexOfFormattingRun(i);
            XSSFFont font = text.getFontOfFormattingRun(i);
            runs.add(text.getString().substring(start, start + text.getLengthOfFormattingRun(i)) + "|italic="
                    + (font != null && font.getItalic()) + "|" + (font == null ? "" : font.getFontName() + font.getFontHeightInPoints()));
        }
        return runs;
    }

    private static Map<String, Object> style(XSSFCellStyle style) {
        XSSFFont font = style.getFont();
        Map<String, Object> all = new TreeMap<>();
        all.put("font", font.getFontName() + " " + font.getFontHeightInPoints() + " bold=" + font.getBold() + " italic=" + font.getItalic());
        XSSFColor fill = style.getFillForegroundColorColor();
        all.put("fill", style.getFillPattern() + " " + (fill == null ? "" : fill.getARGBHex()));
        all.put("borders", List.of(style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(), style.getBorderRight()));
        all.put("alignment", style.getAlignment() + " " + style.getVerticalAlignment() + " wrap=" + style.getWrapText());
        all.put("format", style.getDataFormatString());
        all.put("quotePrefixed", style.getQuotePrefixed());
        return all;
    }

    private static XSSFWorkbook read(ByteArrayOutputStream bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** Every part of the package by name, as text. */
    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
