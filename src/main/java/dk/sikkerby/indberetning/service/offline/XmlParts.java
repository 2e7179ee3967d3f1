package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams a part of the workbook through a SAX handler with POI's hardened parser (no external
 * entities) and no document type declarations at all, so no part is ever held whole in memory.
 */
final class XmlParts {

    /** Excel's own limit on the characters in one cell; longer text cannot come from a spreadsheet. */
    static final int MAX_CELL_CHARS = 32_767;

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Thrown by a handler to stop reading at a limit; names what the user reads. */
    static final class LimitReached extends SAXException {
        private final transient Finding finding;

        LimitReached(Finding finding) {
            super(finding.key());
            this.finding = finding;
        }

        Finding finding() {
            return finding;
        }
    }

    private XmlParts() {
    }

    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be configured", e);
        }
        try {
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (SAXNotRecognizedException e) {
            // POI's reader already refuses external entities; this parser cannot refuse more
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.parse(new InputSource(in));
    }

    /** The element's name without its namespace prefix, whichever way the parser reports it. */
    static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** OOXML writes characters XML cannot hold as {@code _xHHHH_}. */
    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An italic element ({@code <i/>}) is on unless its val says off. */
    static boolean isOn(String val) {
        return val == null || val.equals("1") || val.equalsIgnoreCase("true") || val.equalsIgnoreCase("on");
    }
}
