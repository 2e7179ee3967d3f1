package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The real 2021 appendix exported as a PDF: valid PDF/A-2u and PDF/UA-1 by veraPDF, and the text read back
 * with PDFBox holds every initiative in the appendix's order, every category heading, the footnote made
 * from the data and the italic runs, on A4 landscape pages numbered "Side X af Y".
 */
class AppendixPdfTest {

    @TempDir
    static Path dir;
    private static Path pdf;
    private static OriginalAppendix original;
    private static PdfText text;

    @BeforeAll
    static void export() throws Exception {
        original = OriginalAppendix.read();
        pdf = dir.resolve("bilag1-2021.pdf");
        Appendix2021.export(dir, Appendix2021.request(ExportFormat.PDF, pdf));
        text = PdfText.read(pdf);
    }

    @Test
    void isValidPdfA2u() throws Exception {
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void isValidPdfUa1() throws Exception {
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void everyInitiativeAndCategoryComesInTheAppendixOrder() {
        String all = PdfText.squeezed(text.all());
        int at = all.indexOf(PdfText.squeezed(original.title));
        assertTrue(at >= 0, "the title");
        String category = null;
        for (OriginalAppendix.Row row : original.rows) {
            if (!row.category().equals(category)) {
                category = row.category();
                at = after(all, category, at);
            }
            at = after(all, row.name(), at);
            at = after(all, row.department(), at);
            at = after(all, row.score(), at);
        }
        assertEquals(25, original.rows.size());
        assertEquals(4, original.categories.size());
    }

    @Test
    void everyTextIsThereWholeInItsColumn() throws Exception {
        double[] fractions = new double[AppendixSheetWriter.WIDTHS.length];
        for (int c = 0; c < fractions.length; c++) {
            fractions[c] = AppendixSheetWriter.WIDTHS[c] / (double) java.util.Arrays.stream(AppendixSheetWriter.WIDTHS).sum();
        }
        List<String> columns = PdfText.columns(pdf, 12 * 72 / 25.4, fractions);
        String names = PdfText.squeezed(columns.get(0));
        String notes = PdfText.squeezed(columns.get(3));
        String assessments = PdfText.squeezed(columns.get(4));
        for (OriginalAppendix.Row row : original.rows) {
            assertTrue(names.contains(PdfText.squeezed(row.name())), row.name());
            assertTrue(notes.contains(PdfText.squeezed(row.notePlain())), row.name() + ": the department note");
            assertTrue(assessments.contains(PdfText.squeezed(row.assessmentPlain())), row.name() + ": the assessment");
        }
    }

    @Test
    void theFootnoteIsMadeFromTheDataAndComesAfterTheTable() {
        String footnote = "¹ KFF er Kultur- og Fritidsforvaltningen, BIF er Beskæftigelses- og Integrationsforvaltningen";
        String last = text.pages.get(text.pages.size() - 1);
        assertTrue(PdfText.squeezed(last).contains(PdfText.squeezed(footnote)), last);
        assertTrue(PdfText.squeezed(last).contains(PdfText.squeezed("TMF er Teknik- og Miljøforvaltningen og BUF er")));
        assertFalse(text.all().contains("KKF"), "the 2021 file's KKF is not copied");
        String lastRow = original.rows.get(original.rows.size() - 1).name();
        assertTrue(PdfText.squeezed(text.all()).indexOf(PdfText.squeezed(footnote))
                > PdfText.squeezed(text.all()).indexOf(PdfText.squeezed(lastRow)), "the footnote follows the table");
    }

    @Test
    void italicRunsAreDrawnInTheItalicFont() {
        String italic = PdfText.squeezed(text.italic.toString());
        for (OriginalAppendix.Row row : original.rows) {
            for (String run : row.noteItalics()) {
                assertTrue(italic.contains(PdfText.squeezed(run)), row.name() + ": " + run);
            }
            for (String run : row.assessmentItalics()) {
                assertTrue(italic.contains(PdfText.squeezed(run)), row.name() + ": " + run);
            }
        }
        assertTrue(italic.contains("IdrætssocialeIndsatser"), italic);
        assertFalse(italic.contains("Sjakket"), "plain text is not italic");
    }

    @Test
    void pagesAreA4LandscapeNumberedAndHeadedWithTheColumns() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3 && pages <= 12, pages + " pages");
            for (PDPage page : doc.getPages()) {
                assertEquals(842, Math.round(page.getMediaBox().getWidth()));
                assertEquals(595, Math.round(page.getMediaBox().getHeight()));
            }
            assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2021", doc.getDocumentInformation().getTitle());
            assertEquals("da", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            for (int p = 0; p < pages; p++) {
                String page = text.pages.get(p);
                assertTrue(page.contains("Side " + (p + 1) + " af " + pages), page);
                boolean onlyTheFootnote = p == pages - 1 && !page.contains("Sikker By bemærkning") && page.contains("¹ KFF er");
                assertTrue(page.contains("Sikker By bemærkning") || onlyTheFootnote, "the header row on page " + (p + 1));
                assertTrue(page.contains("KLADDE: Året 2021 er ikke låst"), "the draft line on page " + (p + 1));
            }
        }
    }

    @Test
    void noCategoryHeadingIsLeftAtTheFootOfAPage() throws Exception {
        assertEquals(List.of(), PdfPageLines.orphanedHeadings(PdfPageLines.read(pdf), original.categories));
    }

    private static int after(String all, String expected, int from) {
        int found = all.indexOf(PdfText.squeezed(expected), from);
        assertTrue(found >= 0, "\"" + expected + "\" after position " + from);
        return found + PdfText.squeezed(expected).length();
    }
}
