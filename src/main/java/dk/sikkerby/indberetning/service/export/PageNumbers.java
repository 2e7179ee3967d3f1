package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * "Side X af Y" at the foot of every page, drawn on the finished pages, since the appendix may be rendered
 * in parts that each know only their own pages (decision 0207). The numbers are page furniture: marked as
 * an artifact, outside the structure tree, as the renderer marks its margin boxes; in the bundled font at
 * 8 points, right-aligned to the right margin, in the middle of the bottom margin.
 */
final class PageNumbers {

    static final float SIZE = 8f;
    private static final float RIGHT = 12f * 72f / 25.4f;
    private static final float BASELINE = 16f * 72f / 25.4f / 2f - SIZE / 3f;

    private PageNumbers() {
    }

    /** {@code parts} is the "Side {0} af {1}" pattern split around its numbers ({@link AppendixText#pageNumberParts()}). */
    static void draw(PDDocument pdf, PDFont font, List<String> parts) throws IOException {
        int count = pdf.getNumberOfPages();
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            number++;
            String text = parts.get(0) + number + parts.get(1) + count + parts.get(2);
            PDRectangle box = page.getMediaBox();
            float width = font.getStringWidth(text) / 1000f * SIZE;
            try (PDPageContentStream out = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                out.beginMarkedContent(COSName.ARTIFACT);
                out.beginText();
                out.setFont(font, SIZE);
                out.newLineAtOffset(box.getUpperRightX() - RIGHT - width, box.getLowerLeftY() + BASELINE);
                out.showText(text);
                out.endText();
                out.endMarkedContent();
            }
        }
    }
}
