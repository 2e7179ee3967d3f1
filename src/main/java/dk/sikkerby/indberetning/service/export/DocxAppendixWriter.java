package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes the appendix as a Word document for those who must edit the text before it goes out: A4
 * landscape, the title as a heading, the table as a real Word table ({@link DocxTable}), the department
 * footnote, the legend when the scores are coloured, page numbers as fields in the footer and a draft
 * line in the header while the year is not locked. Core properties carry the title; the language is Danish.
 */
public final class DocxAppendixWriter {

    static final String FONT = TextWidths.WORKBOOK_FONT;
    static final int FONT_POINTS = 9;
    /** A4 in twentieths of a point, landscape, and the margins (about 1.2 and 1.6 cm). */
    private static final long PAGE_LONG = 16838;
    private static final long PAGE_SHORT = 11906;
    private static final long SIDE_MARGIN = 680;
    private static final long TOP_MARGIN = 907;

    private final Messages messages;
    private final AppendixText words;

    public DocxAppendixWriter(Messages messages) {
        this.messages = messages;
        this.words = new AppendixText(messages);
    }

    public void write(ExportContent content, boolean draft, OutputStream out, Progress progress) throws IOException {
        long total = content.rows().size() + 1L;
        AtomicLong done = new AtomicLong();
        try (XWPFDocument doc = new XWPFDocument()) {
            ReportYear year = content.table().year();
            DocxStyles.create(doc, words.language());
            doc.getProperties().getCoreProperties().setTitle(DocumentText.clean(year.title()));
            doc.getProperties().getCoreProperties().setSubjectProperty(DocumentText.clean(year.title()));
            pageSetUp(doc);
            footer(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle(DocxStyles.HEADING_1);
            run(title, year.title());
            if (draft) {
                header(doc, words.draft(year.year()));
                XWPFParagraph line = doc.createParagraph();
                line.setSpacingAfter(120);
                run(line, words.draft(year.year())).setBold(true);
            }
            new DocxTable(doc, messages, words, content.options()).write(content, () -> progress.update(done.incrementAndGet(), total));
            XWPFParagraph footnote = doc.createParagraph();
            footnote.setSpacingBefore(120);
            run(footnote, DepartmentFootnote.text(content.rows(), messages)).setFontSize(FONT_POINTS - 1);
            content.colours().ifPresent(t -> legend(doc, t));
            doc.write(out);
        }
        progress.update(total, total);
    }

    private void legend(XWPFDocument doc, TrafficLightThresholds thresholds) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.HEADING_2);
        title.setSpacingBefore(240);
        run(title, messages.get("export.legend.title"));
        for (TrafficLight light : TrafficLight.values()) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun swatch = run(p, " " + words.lightName(light) + " ");
            swatch.getCTR().addNewRPr().addNewShd().setFill(AppendixText.fill(light));
            run(p, " " + LegendWriter.meaning(messages, light, thresholds));
        }
        run(doc.createParagraph(), messages.get("export.legend.noColour"));
    }

    static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setText(DocumentText.clean(text));
        return run;
    }

    private static void pageSetUp(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_LONG));
        size.setH(BigInteger.valueOf(PAGE_SHORT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(SIDE_MARGIN));
        margins.setRight(BigInteger.valueOf(SIDE_MARGIN));
        margins.setTop(BigInteger.valueOf(TOP_MARGIN));
        margins.setBottom(BigInteger.valueOf(TOP_MARGIN));
        margins.setHeader(BigInteger.valueOf(450));
        margins.setFooter(BigInteger.valueOf(450));
    }

    private void header(XWPFDocument doc, String line) {
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, line).setBold(true);
    }

    /** "Side {PAGE} af {NUMPAGES}" with both numbers as fields that Word and LibreOffice fill in. */
    private void footer(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        List<String> parts = words.pageNumberParts();
        run(p, parts.get(0)).setFontSize(FONT_POINTS - 1);
        field(p, "PAGE");
        run(p, parts.get(1)).setFontSize(FONT_POINTS - 1);
        field(p, "NUMPAGES");
        run(p, parts.get(2)).setFontSize(FONT_POINTS - 1);
    }

    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1").setFontSize(FONT_POINTS - 1);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
