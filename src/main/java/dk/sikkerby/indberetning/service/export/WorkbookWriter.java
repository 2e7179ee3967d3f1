package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Writes the workbook: sheet 1 the appendix, sheet 2 the data, sheet 3 the success criteria if any row lists
 * them. Each part's XML is written straight into the zip as it is made ({@link SheetXml}, {@link WorkbookZip}),
 * with no temporary files and no object model of the workbook, so the memory it needs does not grow with the
 * number of initiatives, and a second core deflates while the first writes (decision 1910).
 */
public final class WorkbookWriter {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String OFFICE_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.";

    private final Messages messages;

    public WorkbookWriter(Messages messages) {
        this.messages = messages;
    }

    /** Writes the workbook to {@code out}; returns the initiatives whose text Excel cannot show in full. */
    public List<String> write(ExportContent content, OutputStream out, Progress progress) throws IOException {
        int rows = content.rows().size();
        long total = 3L * rows + 1;
        AtomicLong done = new AtomicLong();
        Runnable rowDone = () -> progress.update(done.incrementAndGet(), total);
        List<String> names = new ArrayList<>(List.of(sheetName("export.sheet.appendix"), sheetName("export.sheet.data")));
        if (content.hasCriteria()) {
            names.add(sheetName("export.sheet.criteria"));
        }
        WorkbookStyles styles = new WorkbookStyles();
        try (WorkbookZip zip = new WorkbookZip(out)) {
            zip.part("[Content_Types].xml", contentTypes(names.size()));
            zip.part("_rels/.rels", packageRelationships());
            zip.part("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Properties xmlns=\"" + OFFICE_PROPERTIES
                    + "\"><Application>Sikker By Indberetning</Application></Properties>");
            zip.part("docProps/core.xml", coreProperties());
            zip.part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"0\" uniqueCount=\"0\" xmlns=\""
                    + MAIN + "\"/>");
            List<String> filters = new ArrayList<>();
            zip.part("xl/worksheets/sheet1.xml");
            SheetXml appendix = new SheetXml(zip.text());
            List<String> clipped = new AppendixSheetWriter(appendix, new RichTextCells(styles, appendix), messages)
                    .write(content, rowDone);
            zip.part("xl/worksheets/sheet2.xml");
            SheetXml data = new SheetXml(zip.text());
            filters.add(new DataSheetWriter(data, new RichTextCells(styles, data), messages).write(content, rowDone));
            if (content.hasCriteria()) {
                zip.part("xl/worksheets/sheet3.xml");
                SheetXml criteria = new SheetXml(zip.text());
                filters.add(new DataSheetWriter(criteria, new RichTextCells(styles, criteria), messages)
                        .writeTable(CriteriaTable.header(messages), CriteriaTable.rows(content, messages)));
            }
            zip.part("xl/styles.xml", styles.xml());
            zip.part("xl/workbook.xml", workbook(names, filters));
            zip.part("xl/_rels/workbook.xml.rels", workbookRelationships(names.size()));
            zip.finish();
            progress.update(total, total);
            return clipped;
        }
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/><Default ContentType=\""
                + "application/xml\" Extension=\"xml\"/>");
        override(xml, TYPES + "extended-properties+xml", "/docProps/app.xml");
        override(xml, "application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml");
        override(xml, TYPES + "spreadsheetml.sharedStrings+xml", "/xl/sharedStrings.xml");
        override(xml, TYPES + "spreadsheetml.styles+xml", "/xl/styles.xml");
        override(xml, TYPES + "spreadsheetml.sheet.main+xml", "/xl/workbook.xml");
        for (int s = 1; s <= sheets; s++) {
            override(xml, TYPES + "spreadsheetml.worksheet+xml", "/xl/worksheets/sheet" + s + ".xml");
        }
        return xml.append("</Types>").toString();
    }

    private static void override(StringBuilder xml, String type, String part) {
        xml.append("<Override ContentType=\"").append(type).append("\" PartName=\"").append(part).append("\"/>");
    }

    private static String packageRelationships() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + relationship(1, "xl/workbook.xml", OFFICE + "officeDocument")
                + relationship(2, "docProps/app.xml", OFFICE + "extended-properties")
                + relationship(3, "docProps/core.xml", RELATIONSHIPS + "/metadata/core-properties") + "</Relationships>";
    }

    private static String coreProperties() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\""
                + "http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\""
                + "http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\""
                + "http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "</dcterms:created><dc:creator>Sikker By Indberetning"
                + "</dc:creator></cp:coreProperties>";
    }

    /** The sheets, and the names Excel gives the print titles (sheet 1's header row) and each sheet's filter. */
    private static String workbook(List<String> names, List<String> filters) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + OFFICE.substring(0, OFFICE.length() - 1) + "\"><workbookPr date1904=\"false\"/>"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int s = 0; s < names.size(); s++) {
            xml.append("<sheet name=\"").append(XmlText.escaped(names.get(s))).append("\" r:id=\"rId").append(s + 3)
                    .append("\" sheetId=\"").append(s + 1).append("\"/>");
        }
        int header = AppendixSheetWriter.HEADER_ROW + 1;
        xml.append("</sheets><definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">")
                .append(XmlText.escaped(reference(names.get(0)) + "!$" + header + ":$" + header)).append("</definedName>");
        for (int f = 0; f < filters.size(); f++) {
            xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(f + 1)
                    .append("\" hidden=\"true\">").append(XmlText.escaped(reference(names.get(f + 1)) + "!" + filters.get(f)))
                    .append("</definedName>");
        }
        return xml.append("</definedNames></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
                + RELATIONSHIPS + "\">" + relationship(1, "sharedStrings.xml", OFFICE + "sharedStrings")
                + relationship(2, "styles.xml", OFFICE + "styles"));
        for (int s = 1; s <= sheets; s++) {
            xml.append(relationship(s + 2, "worksheets/sheet" + s + ".xml", OFFICE + "worksheet"));
        }
        return xml.append("</Relationships>").toString();
    }

    private static String relationship(int id, String target, String type) {
        return "<Relationship Id=\"rId" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    /** A sheet's name as a formula writes it: quoted unless it is a plain word. */
    private static String reference(String sheet) {
        return sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") && !sheet.matches("(?i)[A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*|TRUE|FALSE")
                ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    private String sheetName(String key) {
        return WorkbookUtil.createSafeSheetName(messages.get(key));
    }
}
