package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The real 2021 appendix exported as a Word document and as a workbook from the same database: read back
 * with POI, the Word table is the workbook's appendix sheet cell by cell; LibreOffice converts it to PDF.
 */
class AppendixDocxTest {

    private static final int XLSX_HEADER_ROW = AppendixSheetWriter.HEADER_ROW;

    @TempDir
    static Path dir;
    private static Path docx;
    private static XWPFDocument doc;
    private static XSSFWorkbook workbook;
    private static OriginalAppendix original;

    @BeforeAll
    static void export() throws Exception {
        original = OriginalAppendix.read();
        docx = dir.resolve("bilag1-2021.docx");
        Path xlsx = dir.resolve("bilag1-2021.xlsx");
        Appendix2021.export(dir, Appendix2021.request(ExportFormat.DOCX, docx), Appendix2021.request(ExportFormat.XLSX, xlsx));
        try (InputStream in = Files.newInputStream(docx)) {
            doc = new XWPFDocument(in);
        }
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
        workbook.close();
    }

    @Test
    void theTableIsTheWorkbooksAppendixSheetCellByCell() {
        XSSFSheet sheet = workbook.getSheetAt(0);
        XWPFTable table = doc.getTables().get(0);
        assertEquals(1 + original.categories.size() + original.rows.size(), table.getNumberOfRows());
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            assertEquals(sheetRow(sheet.getRow(XLSX_HEADER_ROW + r)), tableRow(table.getRow(r)), "row " + r);
        }
        assertEquals(new DataFormatter().formatCellValue(sheet.getRow(0).getCell(0)), doc.getParagraphs().get(0).getText());
    }

    @Test
    void headerRepeatsCategoriesSpanTheTableAndRowsDoNotSplit() {
        XWPFTable table = doc.getTables().get(0);
        assertTrue(table.getRow(0).isRepeatHeader(), "tblHeader on the header row");
        int categories = 0;
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            XWPFTableRow row = table.getRow(r);
            assertTrue(row.isCantSplitRow(), "row " + r + " is kept on one page");
            if (row.getTableCells().size() == 1) {
                XWPFTableCell cell = row.getCell(0);
                assertEquals(5, cell.getCTTc().getTcPr().getGridSpan().getVal().intValue());
                assertEquals(original.categories.get(categories), cell.getText());
                assertEquals(DocxStyles.HEADING_2, cell.getParagraphs().get(0).getStyle());
                categories++;
            } else {
                assertEquals(5, row.getTableCells().size());
            }
        }
        assertEquals(original.categories.size(), categories);
        assertEquals(DocxStyles.HEADING_1, doc.getParagraphs().get(0).getStyle());
    }

    @Test
    void italicRunsAreItalic() {
        List<String> italic = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    for (XWPFRun run : p.getRuns()) {
                        if (run.isItalic()) {
                            italic.add(run.text());
                        }
                    }
                }
            }
        }
        for (OriginalAppendix.Row row : original.rows) {
            expected.addAll(row.noteItalics());
            expected.addAll(row.assessmentItalics());
        }
        assertEquals(expected, italic);
    }

    @Test
    void landscapeWithFootnotePageNumbersAndDraftHeader() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertEquals(STPageOrientation.LANDSCAPE, section.getPgSz().getOrient());
        assertTrue(((java.math.BigInteger) section.getPgSz().getW()).intValue() > ((java.math.BigInteger) section.getPgSz().getH()).intValue());
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        String footnote = paragraphs.get(paragraphs.size() - 1).getText();
        assertTrue(footnote.startsWith("¹ KFF er Kultur- og Fritidsforvaltningen, BIF er"), footnote);
        XWPFFooter footer = doc.getFooterList().get(0);
        String instructions = footer.getParagraphs().get(0).getCTP().getRList().stream()
                .flatMap(r -> r.getInstrTextList().stream()).map(t -> t.getStringValue().strip())
                .collect(Collectors.joining(","));
        assertEquals("PAGE,NUMPAGES", instructions);
        assertTrue(footer.getText().startsWith("Side "), footer.getText());
        assertEquals("KLADDE: Året 2021 er ikke låst, og tallene kan stadig ændre sig.", doc.getHeaderList().get(0).getText().strip());
        assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2021", doc.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void libreOfficeConvertsItToAReasonablePdf() throws Exception {
        List<Path> made = LibreOffice.convert(docx, "pdf", dir.resolve("lo"), dir.resolve("profile"));
        assertEquals(List.of("bilag1-2021.pdf"), made.stream().map(p -> p.getFileName().toString()).toList());
        try (PDDocument pdf = Loader.loadPDF(made.get(0).toFile())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3 && pages <= 12, pages + " pages");
            assertTrue(pdf.getPage(0).getMediaBox().getWidth() > pdf.getPage(0).getMediaBox().getHeight(), "landscape");
        }
        String text = PdfText.squeezed(PdfText.read(made.get(0)).all());
        for (OriginalAppendix.Row row : original.rows) {
            assertTrue(text.contains(PdfText.squeezed(row.name())), row.name());
        }
        assertTrue(text.contains(PdfText.squeezed("Side 1 af")), "the page number fields are filled in");
    }

    private static List<String> sheetRow(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < AppendixSheetWriter.COLUMNS; c++) {
            cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    /** The row's texts with a merged cell counted once per column it spans, the others empty (as in the sheet). */
    private static List<String> tableRow(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")));
            int span = cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetGridSpan()
                    ? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }
}
