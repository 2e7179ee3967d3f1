package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet's XML and keeps the cells of its first columns as {@link RawCell}s. It stops with
 * a finding as soon as the sheet says or shows more rows than {@link OfflineLimits#MAX_ROWS}, so a
 * sheet of a million rows costs no memory. A formula is noted and its cached value never kept.
 */
final class SheetXml extends DefaultHandler {

    private final String sheetName;
    private final SharedStrings strings;
    private final int columns;
    private final List<RawCell> cells = new ArrayList<>();

    private int rowsSeen;
    private int row = -1;
    private int column;
    private int cellRow;
    private String type;
    private boolean formula;
    private boolean inValue;
    private final StringBuilder value = new StringBuilder();
    /** The runs of the current cell's inline string; {@code inInline} while inside its {@code <is>}. */
    private RunCollector inline;
    private boolean inInline;

    private SheetXml(String sheetName, SharedStrings strings, int columns) {
        this.sheetName = sheetName;
        this.strings = strings;
        this.columns = columns;
    }

    /** The cells in columns {@code 0..columns-1} of the sheet, in the order the file has them. */
    static List<RawCell> read(InputStream in, String sheetName, SharedStrings strings, int columns)
            throws IOException, SAXException {
        SheetXml handler = new SheetXml(sheetName, strings, columns);
        XmlParts.parse(in, handler);
        return handler.cells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
        String name = XmlParts.name(localName, qName);
        if (inInline) {
            inline.start(name, a.getValue("val"));
            return;
        }
        switch (name) {
            case "dimension" -> checkRows(CellRefs.lastRow(a.getValue("ref")));
            case "row" -> startRow(a.getValue("r"));
            case "c" -> startCell(a.getValue("r"), a.getValue("t"));
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                value.setLength(0);
            }
            case "is" -> {
                inline = new RunCollector();
                inInline = true;
            }
            default -> { }
        }
    }

    private void startRow(String ref) throws SAXException {
        rowsSeen++;
        row = ref == null ? row + 1 : CellRefs.parseRow(ref, row + 1);
        column = -1;
        checkRows(Math.max(rowsSeen, row + 1));
    }

    private void checkRows(int rows) throws SAXException {
        if (rows > OfflineLimits.MAX_ROWS) {
            throw new XmlParts.LimitReached(Finding.error(Place.cell(sheetName, null), "offline.error.tooManyRows",
                    rows, OfflineLimits.MAX_ROWS));
        }
    }

    private void startCell(String ref, String t) {
        column = ref == null ? column + 1 : CellRefs.parseColumn(ref, column + 1);
        cellRow = ref == null ? row : CellRefs.parseRow(ref, row);
        type = t == null ? "n" : t;
        formula = false;
        inline = null;
        value.setLength(0);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = XmlParts.name(localName, qName);
        if (inInline) {
            if (name.equals("is")) {
                inInline = false;
            } else {
                inline.end(name);
            }
            return;
        }
        if (name.equals("v")) {
            inValue = false;
        } else if (name.equals("c")) {
            endCell();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inInline) {
            inline.characters(ch, start, length);
        } else if (inValue && value.length() <= XmlParts.MAX_CELL_CHARS) {
            value.append(ch, start, Math.min(length, XmlParts.MAX_CELL_CHARS + 1 - value.length()));
        }
    }

    private void endCell() {
        RunCollector text = inline;
        inline = null;
        if (column < 0 || column >= columns || cellRow < 0) {
            return;
        }
        cells.add(switch (type) {
            case "s" -> shared();
            case "inlineStr" -> text(text == null ? new RunCollector() : text);
            case "str" -> new RawCell(cellRow, column, RawCell.Kind.TEXT, formula, value.toString(),
                    List.of(new RichText.Run(value.toString(), false)), false);
            case "n" -> simple(RawCell.Kind.NUMBER);
            case "b" -> simple(RawCell.Kind.BOOLEAN);
            case "e" -> simple(RawCell.Kind.ERROR);
            default -> simple(RawCell.Kind.OTHER);
        });
    }

    private RawCell shared() {
        int index;
        try {
            index = Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (!strings.has(index)) {
            return new RawCell(cellRow, column, RawCell.Kind.ERROR, formula, "#?", List.of(), false);
        }
        List<RichText.Run> runs = strings.runs(index);
        StringBuilder plain = new StringBuilder();
        runs.forEach(r -> plain.append(r.text()));
        return new RawCell(cellRow, column, RawCell.Kind.TEXT, formula, plain.toString(), runs, strings.truncated(index));
    }

    private RawCell text(RunCollector text) {
        return new RawCell(cellRow, column, RawCell.Kind.TEXT, formula, text.plainText(), text.runs(), text.truncated());
    }

    private RawCell simple(RawCell.Kind kind) {
        return new RawCell(cellRow, column, kind, formula, value.toString(), List.of(), false);
    }
}
