package dk.sikkerby.indberetning.service.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word document's styles: the defaults (Arial 9 pt, the document's language, no space after a
 * paragraph) and the two headings, so that the title and the category rows are real headings that a
 * screen reader and Word's navigation pane find, and that survive editing.
 */
final class DocxStyles {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private DocxStyles() {
    }

    static void create(XWPFDocument doc, String language) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(2L * DocxAppendixWriter.FONT_POINTS));
        run.addNewSzCs().setVal(BigInteger.valueOf(2L * DocxAppendixWriter.FONT_POINTS));
        run.addNewLang().setVal(language.equals("da") ? "da-DK" : language);
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        heading(styles, HEADING_1, "heading 1", 0, 14);
        heading(styles, HEADING_2, "heading 2", 1, DocxAppendixWriter.FONT_POINTS);
        doc.createStyles().setStyles(styles);
    }

    private static void heading(CTStyles styles, String id, String name, int level, int points) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        style.getPPr().addNewKeepNext();
        if (level == 0) {
            style.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(160));
        }
        CTRPr run = style.addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(2L * points));
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(DocxAppendixWriter.FONT);
        fonts.setHAnsi(DocxAppendixWriter.FONT);
        fonts.setCs(DocxAppendixWriter.FONT);
        fonts.setEastAsia(DocxAppendixWriter.FONT);
    }
}
