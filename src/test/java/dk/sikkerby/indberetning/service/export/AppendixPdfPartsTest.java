package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF rendered in parts (decision 0207): a big year (300 initiatives, 12 categories) in the parts the
 * writer chooses, and the real 2021 appendix cut into small parts on purpose. Both stay valid PDF/A-2u and
 * PDF/UA-1 by veraPDF, with one structure tree (one Document element, every table's rows in order), page
 * numbers that count the whole document, every initiative in order, and no category heading left as the
 * last line of a page apart from its first initiative.
 */
class AppendixPdfPartsTest {

    @TempDir
    static Path dir;
    private static ExportContent big;
    private static Path bigPdf;
    private static ExportContent year2021;
    private static Path cutPdf;

    @BeforeAll
    static void write() throws Exception {
        Messages messages = Messages.forLocale(Messages.DANISH);
        big = new ExportContent(BigAppendixTable.of(300, 12, 7), Optional.empty());
        bigPdf = dir.resolve("big.pdf");
        try (OutputStream out = Files.newOutputStream(bigPdf)) {
            new PdfAppendixWriter(messages).write(big, false, out, Progress.NONE);
        }
        year2021 = Appendix2021.content(dir);
        cutPdf = dir.resolve("cut.pdf");
        try (OutputStream out = Files.newOutputStream(cutPdf)) {
            new PdfAppendixWriter(messages).write(year2021, true, out, Progress.NONE, 8_000);
        }
    }

    @Test
    void theWriterCutsABigYearIntoPartsAndTheCommitteesYearNot() {
        assertTrue(AppendixParts.of(big, AppendixParts.BUDGET).size() >= 3, "parts of the big year");
        assertEquals(1, AppendixParts.of(year2021, AppendixParts.BUDGET).size(), "the 2021 appendix is one part");
        int parts = AppendixParts.of(year2021, 8_000).size();
        assertTrue(parts >= 3, "the 2021 appendix cut on purpose: " + parts + " parts of " + year2021.rows().stream()
                .mapToInt(AppendixParts::cost).sum() + " characters");
    }

    @Test
    void bothAreValidPdfAAndPdfUa() throws Exception {
        for (Path pdf : List.of(bigPdf, cutPdf)) {
            assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U), pdf.toString());
            assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1), pdf.toString());
        }
    }

    @Test
    void oneStructureTreeHoldsEveryPartInOrder() throws Exception {
        for (Path pdf : List.of(bigPdf, cutPdf)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<Object> top = doc.getDocumentCatalog().getStructureTreeRoot().getKids();
                assertEquals(1, top.size(), "one Document element");
                PDStructureElement document = (PDStructureElement) top.get(0);
                assertEquals("Document", document.getStructureType());
                List<String> types = new ArrayList<>();
                collect(document, types);
                assertEquals(1, types.stream().filter("H1"::equals).count(), "one title");
                long tables = types.stream().filter("Table"::equals).count();
                assertEquals(AppendixParts.of(pdf == bigPdf ? big : year2021, pdf == bigPdf ? AppendixParts.BUDGET : 8_000).size(),
                        tables, "a table per part");
                int rows = pdf == bigPdf ? big.rows().size() : year2021.rows().size();
                int categories = pdf == bigPdf ? 12 : 4;
                assertEquals(rows + categories + tables, types.stream().filter("TR"::equals).count(),
                        "a row per initiative, per category and per table's header");
                COSArray nums = doc.getDocumentCatalog().getStructureTreeRoot().getParentTree().getCOSObject()
                        .getCOSArray(COSName.NUMS);
                List<Integer> keys = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    keys.add(page.getStructParents());
                }
                assertEquals(doc.getNumberOfPages(), keys.stream().distinct().count(), "every page its own parent-tree key");
                for (int key : keys) {
                    assertTrue(hasKey(nums, key), "the parent tree has page key " + key);
                }
            }
        }
    }

    @Test
    void pagesAreNumberedAcrossTheParts() throws Exception {
        for (Path pdf : List.of(bigPdf, cutPdf)) {
            PdfText text = PdfText.read(pdf);
            int pages = text.pages.size();
            for (int p = 0; p < pages; p++) {
                assertTrue(text.pages.get(p).contains("Side " + (p + 1) + " af " + pages), pdf + " page " + (p + 1));
            }
        }
    }

    @Test
    void everyInitiativeComesInOrderAfterItsCategory() throws Exception {
        for (ExportContent content : List.of(big, year2021)) {
            Path pdf = content == big ? bigPdf : cutPdf;
            String all = PdfText.squeezed(PdfText.read(pdf).all());
            int at = all.indexOf(PdfText.squeezed(content.table().year().title()));
            assertTrue(at >= 0, "the title");
            for (ExportContent.Group group : content.groups()) {
                at = after(all, group.category().name(), at);
                for (InitiativeRow row : group.rows()) {
                    at = after(all, row.name(), at);
                }
            }
            after(all, DepartmentFootnote.text(content.rows(), Messages.forLocale(Messages.DANISH)), at);
        }
    }

    @Test
    void noCategoryHeadingIsLeftAtTheFootOfAPage() throws Exception {
        for (ExportContent content : List.of(big, year2021)) {
            Path pdf = content == big ? bigPdf : cutPdf;
            List<String> headings = content.table().categories().stream().map(Category::name).toList();
            assertEquals(List.of(), PdfPageLines.orphanedHeadings(PdfPageLines.read(pdf), headings), pdf.toString());
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }

    private static boolean hasKey(COSArray nums, int key) {
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (((org.apache.pdfbox.cos.COSNumber) nums.getObject(i)).intValue() == key) {
                return true;
            }
        }
        return false;
    }

    private static int after(String all, String expected, int from) {
        int found = all.indexOf(PdfText.squeezed(expected), from);
        assertTrue(found >= 0, "\"" + expected + "\" after position " + from);
        return found + PdfText.squeezed(expected).length();
    }

}
