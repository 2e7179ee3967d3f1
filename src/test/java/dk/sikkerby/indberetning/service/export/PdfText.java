package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.text.TextPosition;

/** A PDF's text as PDFBox reads it, page by page, and the text it draws in the italic (oblique) font. */
final class PdfText {

    final List<String> pages = new ArrayList<>();
    final StringBuilder italic = new StringBuilder();

    private PdfText() {
    }

    static PdfText read(Path pdf) throws IOException {
        PdfText text = new PdfText();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    boolean wasItalic = false;
                    for (TextPosition p : positions) {
                        boolean isItalic = p.getFont().getName().contains("Oblique");
                        if (isItalic) {
                            text.italic.append(p.getUnicode());
                        } else if (wasItalic) {
                            text.italic.append('|');
                        }
                        wasItalic = isItalic;
                    }
                    if (wasItalic) {
                        text.italic.append(' ');
                    }
                    super.writeString(string, positions);
                }
            };
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.pages.add(stripper.getText(doc));
            }
        }
        return text;
    }

    /**
     * The text of each table column, page after page, read top to bottom within the column: the renderer
     * draws a line's italic runs after its plain ones, so only a read by position gives the words' order.
     * {@code fractions} are the columns' shares of the width between the margins.
     */
    static List<String> columns(Path pdf, double marginPoints, double[] fractions) throws IOException {
        List<StringBuilder> columns = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            float width = doc.getPage(0).getMediaBox().getWidth();
            float height = doc.getPage(0).getMediaBox().getHeight();
            double x = marginPoints;
            for (int c = 0; c < fractions.length; c++) {
                double w = (width - 2 * marginPoints) * fractions[c];
                stripper.addRegion("c" + c, new Rectangle2D.Double(x + 1, 0, w - 2, height));
                x += w;
                columns.add(new StringBuilder());
            }
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                stripper.extractRegions(doc.getPage(page));
                for (int c = 0; c < fractions.length; c++) {
                    columns.get(c).append(stripper.getTextForRegion("c" + c)).append('\n');
                }
            }
        }
        return columns.stream().map(StringBuilder::toString).toList();
    }

    String all() {
        return String.join("\n", pages);
    }

    /** Without any white space: a cell's line breaks fall where the column is full, not where the data has them. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
