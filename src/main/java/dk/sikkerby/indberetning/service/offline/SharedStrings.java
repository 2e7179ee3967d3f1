package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.service.importcore.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings with their italic runs, read by streaming. POI's read-only table
 * drops the runs and its full table builds a document tree, hence this small reader.
 */
final class SharedStrings {

    /** Far more texts than a department's workbook has; more means a hostile file. */
    static final int MAX_ITEMS = 200_000;

    private final List<List<RichText.Run>> items;
    private final BitSet truncated;

    private SharedStrings(List<List<RichText.Run>> items, BitSet truncated) {
        this.items = items;
        this.truncated = truncated;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of(), new BitSet());
    }

    static SharedStrings read(InputStream in) throws IOException, SAXException {
        Handler handler = new Handler();
        XmlParts.parse(in, handler);
        return new SharedStrings(handler.items, handler.truncated);
    }

    boolean has(int index) {
        return index >= 0 && index < items.size();
    }

    List<RichText.Run> runs(int index) {
        return items.get(index);
    }

    boolean truncated(int index) {
        return truncated.get(index);
    }

    private static final class Handler extends DefaultHandler {
        private final List<List<RichText.Run>> items = new ArrayList<>();
        private final BitSet truncated = new BitSet();
        private RunCollector current;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = XmlParts.name(localName, qName);
            if (name.equals("si")) {
                if (items.size() >= MAX_ITEMS) {
                    throw new XmlParts.LimitReached(Finding.error("offline.error.tooManyTexts", MAX_ITEMS));
                }
                current = new RunCollector();
            } else if (current != null) {
                current.start(name, attributes.getValue("val"));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = XmlParts.name(localName, qName);
            if (current == null) {
                return;
            }
            if (name.equals("si")) {
                if (current.truncated()) {
                    truncated.set(items.size());
                }
                items.add(current.runs());
                current = null;
            } else {
                current.end(name);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) {
                current.characters(ch, start, length);
            }
        }
    }
}
