package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.RichText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The streaming sheet reader on the XML that Excel, LibreOffice and other writers produce. */
class SheetXmlTest {

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static List<RawCell> read(String sheetData, SharedStrings strings) throws Exception {
        String xml = "<worksheet " + NS + "><sheetData>" + sheetData + "</sheetData></worksheet>";
        return SheetXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "SOF", strings, 8);
    }

    private static SharedStrings strings(String items) throws Exception {
        String xml = "<sst " + NS + ">" + items + "</sst>";
        return SharedStrings.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void inlineStringsWithItalicRunsAndTheCellsAfterThem() throws Exception {
        List<RawCell> cells = read("<row r=\"4\"><c r=\"F4\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Et </t></r>"
                + "<r><rPr><i/></rPr><t>fald</t></r></is></c><c r=\"H4\"><v>12</v></c></row>"
                + "<row r=\"5\"><c r=\"C5\"><v>3</v></c></row>", SharedStrings.none());

        assertEquals(3, cells.size());
        assertEquals(List.of(new RichText.Run("Et ", false), new RichText.Run("fald", true)), cells.get(0).runs());
        assertEquals("12", cells.get(1).value());
        assertEquals("C5", cells.get(2).cellName());
    }

    @Test
    void sharedStringsKeepTheirRunsAndSkipPhoneticText() throws Exception {
        SharedStrings strings = strings("<si><t>Sjakket</t></si><si><r><t>a</t></r><r><rPr><i val=\"0\"/></rPr><t>b</t></r>"
                + "<rPh><t>ignored</t></rPh></si><si><t>_x0009_tab</t></si>");
        List<RawCell> cells = read("<row r=\"4\"><c r=\"A4\" t=\"s\"><v>0</v></c><c r=\"F4\" t=\"s\"><v>1</v></c>"
                + "<c r=\"G4\" t=\"s\"><v>2</v></c><c r=\"B4\" t=\"s\"><v>99</v></c></row>", strings);

        assertEquals("Sjakket", cells.get(0).value());
        assertEquals("ab", cells.get(1).value());
        assertFalse(cells.get(1).runs().stream().anyMatch(RichText.Run::italic));
        assertEquals("\ttab", cells.get(2).value());
        assertEquals(RawCell.Kind.ERROR, cells.get(3).kind(), "an index beyond the table is no text");
    }

    @Test
    void aFormulaIsMarkedAndCellsWithoutReferencesFollowTheirNeighbours() throws Exception {
        List<RawCell> cells = read("<row><c><v>1</v></c><c><f>1+1</f><v>2</v></c></row><row><c t=\"b\"><v>1</v></c></row>",
                SharedStrings.none());

        assertEquals(List.of("A1", "B1", "A2"), cells.stream().map(RawCell::cellName).toList());
        assertTrue(cells.get(1).formula());
        assertEquals(RawCell.Kind.BOOLEAN, cells.get(2).kind());
    }

    @Test
    void columnsBeyondTheTemplateAreNotKeptAndOverlongTextIsCut() throws Exception {
        List<RawCell> cells = read("<row r=\"4\"><c r=\"Z4\"><v>1</v></c><c r=\"F4\" t=\"inlineStr\"><is><t>"
                + "x".repeat(40_000) + "</t></is></c></row>", SharedStrings.none());

        assertEquals(1, cells.size());
        assertTrue(cells.get(0).truncated());
        assertEquals(XmlParts.MAX_CELL_CHARS + 1, cells.get(0).value().length());
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String xml = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet " + NS
                + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
        assertThrows(SAXException.class, () -> SheetXml.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "SOF", SharedStrings.none(), 8));
    }
}
