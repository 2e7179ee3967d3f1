package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.service.importcore.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The old documents' paragraph and italic markup becomes rich text; nothing else of HTML survives. */
class LenientHtmlTest {

    private final FindingCollector findings = new FindingCollector();

    private RichText read(String cell) {
        return LenientHtml.read(cell, 12, 40, findings);
    }

    private List<String> keys() {
        return findings.sorted().stream().map(Finding::key).toList();
    }

    @Test
    void paragraphsAndItalicsBecomeRichText() {
        RichText text = read("<p>Første <i>kursiv</i> afsnit.</p> <p>Andet.</p>");

        assertEquals(RichText.parse("<p>Første <i>kursiv</i> afsnit.</p><p>Andet.</p>"), text);
        assertEquals(List.of(), keys());
    }

    @Test
    void decodesCharacterReferences() {
        assertEquals("Q&A – 3 < 4 ø æ\u00A0Å", read("Q&amp;A &ndash; 3 &lt; 4 &#248; &aelig;&nbsp;&#xC5;").plainText());
        assertEquals(List.of(), keys());
    }

    @Test
    void keepsAnAmpersandOrALessThanThatStartsNothing() {
        assertEquals("Q&A, 3 < 4 & mere", read("Q&A, 3 < 4 & mere").plainText());
        assertEquals(List.of(), keys());
    }

    @Test
    void reportsOtherTagsAndKeepsTheirText() {
        RichText text = read("<p>Se <b>fed</b> og <a href=\"http://x\">link</a></p>");

        assertEquals("Se fed og link", text.plainText());
        assertEquals(List.of("import.html.unknownTag", "import.html.unknownTag", "import.html.unknownTag",
                "import.html.unknownTag"), keys());
        assertEquals(40 + "<p>Se ".length(), findings.sorted().get(0).column());
    }

    @Test
    void aScriptIsTextNeverMarkup() {
        RichText text = read("<script>alert('x')</script>&lt;img src=x onerror=alert(1)&gt;");

        assertEquals("alert('x')<img src=x onerror=alert(1)>", text.plainText());
        assertEquals("<p>alert('x')&lt;img src=x onerror=alert(1)&gt;</p>", text.toStorage());
        assertEquals(List.of("import.html.unknownTag", "import.html.unknownTag"), keys());
    }

    @Test
    void reportsUnknownReferencesAndKeepsThemAsWritten() {
        assertEquals("a &foo; b &#1; c", read("a &foo; b &#1; c").plainText());
        assertEquals(List.of("import.html.unknownEntity", "import.html.unknownEntity"), keys());
    }

    @Test
    void anItalicLeftOpenEndsWithItsParagraph() {
        RichText text = read("<p><i>kursiv</p><p>ikke kursiv</p>");

        assertEquals(List.of(true, false), text.paragraphs().stream().map(p -> p.runs().get(0).italic()).toList());
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndParagraphEndsAreTrimmed() {
        assertEquals("<p>a b <i>c</i> d</p>", read("<p>  a   b <i>c</i>  d </p>").toStorage());
    }

    @Test
    void aNameCellBecomesOneLine() {
        assertEquals("Tryghed & Trivsel", LenientHtml.plain("Tryghed &amp;   Trivsel", 1, 1, findings));
    }
}
