package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Each page's lines of text, top to bottom, as PDFBox reads them by position, without the page number line. */
final class PdfPageLines {

    private PdfPageLines() {
    }

    static List<List<String>> read(Path pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = new ArrayList<>();
                for (String line : stripper.getText(doc).split("\\R")) {
                    if (!line.isBlank() && !line.strip().matches("Side \\d+ af \\d+")) {
                        lines.add(line.strip());
                    }
                }
                pages.add(lines);
            }
        }
        return pages;
    }

    /** The pages (1-based) whose last line is one of {@code headings}: a heading left apart from its first row. */
    static List<String> orphanedHeadings(List<List<String>> pages, List<String> headings) {
        List<String> orphans = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            if (!lines.isEmpty() && headings.contains(lines.get(lines.size() - 1))) {
                orphans.add("page " + (p + 1) + ": " + lines.get(lines.size() - 1));
            }
        }
        return orphans;
    }
}
