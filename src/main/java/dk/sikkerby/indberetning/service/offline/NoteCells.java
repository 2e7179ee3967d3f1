package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The department note in a cell: paragraphs become line breaks (Alt+Enter in Excel) and italic runs
 * stay italic, both ways. Nothing else of a cell's formatting has a meaning.
 */
final class NoteCells {

    private NoteCells() {
    }

    static XSSFRichTextString toCell(RichText note, XSSFFont italic) {
        StringBuilder text = new StringBuilder();
        List<int[]> italicRanges = new ArrayList<>();
        List<RichText.Paragraph> paragraphs = note.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                text.append('\n');
            }
            for (RichText.Run run : paragraphs.get(p).runs()) {
                if (run.italic()) {
                    italicRanges.add(new int[] {text.length(), text.length() + run.text().length()});
                }
                text.append(run.text());
            }
        }
        XSSFRichTextString cell = new XSSFRichTextString(text.toString());
        for (int[] range : italicRanges) {
            cell.applyFont(range[0], range[1], italic);
        }
        return cell;
    }

    /** Runs as read from a cell, split into paragraphs at each line break. */
    static RichText fromRuns(List<RichText.Run> runs) {
        List<RichText.Paragraph> paragraphs = new ArrayList<>();
        List<RichText.Run> current = new ArrayList<>();
        for (RichText.Run run : runs) {
            String[] lines = run.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraphs.add(new RichText.Paragraph(current));
                    current = new ArrayList<>();
                }
                current.add(new RichText.Run(lines[i], run.italic()));
            }
        }
        paragraphs.add(new RichText.Paragraph(current));
        return new RichText(paragraphs);
    }
}
