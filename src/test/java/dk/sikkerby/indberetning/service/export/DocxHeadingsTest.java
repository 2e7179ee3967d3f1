package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A category heading in the Word appendix is never left at the foot of a page apart from its first
 * initiative: the heading's paragraph keeps with the next, and LibreOffice, laying out a year with many
 * categories and rows of varied height, moves such a heading to the next page (its PDF read back with PDFBox).
 */
class DocxHeadingsTest {

    @TempDir
    Path dir;

    @Test
    void headingsKeepWithTheirFirstRowInWordAndInLibreOffice() throws Exception {
        ExportContent content = new ExportContent(BigAppendixTable.of(160, 20, 11), Optional.empty());
        Path docx = dir.resolve("big.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxAppendixWriter(Messages.forLocale(Messages.DANISH)).write(content, false, out, Progress.NONE);
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            int headings = 0;
            for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
                if (row.getTableCells().size() == 1) {
                    assertTrue(row.getCell(0).getParagraphs().get(0).isKeepNext(), "keep with next on the heading");
                    headings++;
                }
            }
            assertEquals(20, headings);
        }
        Path pdf = LibreOffice.convert(docx, "pdf", dir.resolve("lo"), dir.resolve("profile")).get(0);
        List<String> names = content.table().categories().stream().map(Category::name).toList();
        List<List<String>> pages = PdfPageLines.read(pdf);
        assertTrue(pages.size() > 10, pages.size() + " pages");
        assertEquals(List.of(), PdfPageLines.orphanedHeadings(pages, names));
    }
}
