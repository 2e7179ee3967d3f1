package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Reads a returned workbook without trusting it: the file passes {@link PackageGate}, POI opens it
 * with its zip-bomb limits, the identifiers must be this database's and signed, and the sheets are
 * streamed. Whatever goes wrong becomes a {@link Finding}; this class writes nothing anywhere.
 */
public final class ReturnedWorkbookReader {

    private static final Logger LOG = Logger.getLogger(ReturnedWorkbookReader.class.getName());

    private final String databaseIdentity;
    private final Optional<byte[]> key;
    private final Expectation expectation;

    ReturnedWorkbookReader(String databaseIdentity, Optional<byte[]> key, Expectation expectation) {
        this.databaseIdentity = databaseIdentity;
        this.key = key;
        this.expectation = expectation;
    }

    public ReturnedWorkbook read(Path file) {
        try {
            Optional<Finding> gate = PackageGate.beforeOpening(file);
            if (gate.isPresent()) {
                return ReturnedWorkbook.refused(file, List.of(gate.get()));
            }
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return readPackage(file, pkg);
            } finally {
                pkg.revert();
            }
        } catch (XmlParts.LimitReached e) {
            return ReturnedWorkbook.refused(file, List.of(e.finding()));
        } catch (IOException e) {
            return ReturnedWorkbook.refused(file, List.of(isZipBomb(e)
                    ? Finding.error("offline.error.zipBomb") : unreadable(file, e)));
        } catch (SAXException | OpenXML4JException | RuntimeException e) {
            return ReturnedWorkbook.refused(file, List.of(unreadable(file, e)));
        }
    }

    private ReturnedWorkbook readPackage(Path file, OPCPackage pkg) throws IOException, SAXException, OpenXML4JException {
        Optional<Finding> gate = PackageGate.afterOpening(pkg);
        if (gate.isPresent()) {
            return ReturnedWorkbook.refused(file, List.of(gate.get()));
        }
        Map<String, PackagePart> sheets = sheets(new XSSFReader(pkg));
        PackagePart manifestPart = sheets.remove(TemplateLayout.MANIFEST_SHEET);
        if (manifestPart == null) {
            return ReturnedWorkbook.refused(file, List.of(Finding.error("offline.error.noIdentifiers")));
        }
        SharedStrings strings = sharedStrings(pkg);
        Optional<ManifestReader.Signed> signed;
        try (InputStream in = manifestPart.getInputStream()) {
            signed = ManifestReader.read(SheetXml.read(in, TemplateLayout.MANIFEST_SHEET, strings, 5));
        }
        if (signed.isEmpty()) {
            return ReturnedWorkbook.refused(file, List.of(Finding.error("offline.error.tampered")));
        }
        Optional<Finding> identity = IdentityCheck.check(signed.get(), databaseIdentity, key, expectation);
        if (identity.isPresent()) {
            return ReturnedWorkbook.refused(file, List.of(identity.get()));
        }
        Manifest manifest = signed.get().manifest();
        String sheetName = sheets.containsKey(manifest.sheetName()) ? manifest.sheetName()
                : sheets.size() == 1 ? sheets.keySet().iterator().next() : null;
        if (sheetName == null) {
            return ReturnedWorkbook.refused(file, List.of(Finding.error("offline.error.sheetMissing", manifest.sheetName())));
        }
        List<RawCell> cells;
        try (InputStream in = sheets.get(sheetName).getInputStream()) {
            cells = SheetXml.read(in, sheetName, strings, TemplateLayout.COLUMNS);
        }
        return new DataRows(file, manifest, sheetName).read(cells);
    }

    private static Map<String, PackagePart> sheets(XSSFReader reader) throws IOException, OpenXML4JException {
        Map<String, PackagePart> sheets = new LinkedHashMap<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            sheets.putIfAbsent(it.getSheetName(), it.getSheetPart());
        }
        return sheets;
    }

    private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (parts.isEmpty()) {
            return SharedStrings.none();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return SharedStrings.read(in);
        }
    }

    private static boolean isZipBomb(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
                return true;
            }
        }
        return false;
    }

    private static Finding unreadable(Path file, Exception e) {
        LOG.log(Level.FINE, e, () -> "The returned workbook " + file + " could not be read.");
        return Finding.error("offline.error.unreadable", CellValues.shortened(
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }
}
