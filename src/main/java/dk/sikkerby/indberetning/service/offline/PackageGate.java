package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * The checks a file passes before its sheets are read: size, kind (a zip, not an old xls, not a
 * macro workbook), the zip's directory (number of parts, declared sizes and ratios, macro and
 * external-link parts) and, once POI has opened it, the content types of its parts.
 */
final class PackageGate {

    static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    static final String EXTERNAL_LINK = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";
    static final String CONNECTIONS = "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml";
    static final String VBA = "application/vnd.ms-office.vbaProject";

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Small entries compress well without being bombs; POI's grace size is the same. */
    private static final long GRACE_BYTES = 100_000;

    private PackageGate() {
    }

    static Optional<Finding> beforeOpening(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.of(Finding.error("offline.error.notFound"));
        }
        long size = Files.size(file);
        if (size > OfflineLimits.MAX_FILE_BYTES) {
            return Optional.of(Finding.error("offline.error.fileTooLarge", megabytes(size), megabytes(OfflineLimits.MAX_FILE_BYTES)));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".xltm")) {
            return Optional.of(Finding.error("offline.error.macros"));
        }
        if (name.endsWith(".xls") || name.endsWith(".xlt") || name.endsWith(".xlsb")) {
            return Optional.of(Finding.error("offline.error.oldFormat"));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (startsWith(head, OLE2)) {
            return Optional.of(Finding.error("offline.error.oldFormat"));
        }
        if (!startsWith(head, ZIP)) {
            return Optional.of(Finding.error("offline.error.notZip"));
        }
        return zipDirectory(file);
    }

    private static Optional<Finding> zipDirectory(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > OfflineLimits.MAX_ZIP_ENTRIES) {
                return Optional.of(Finding.error("offline.error.tooManyParts", zip.size(), OfflineLimits.MAX_ZIP_ENTRIES));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin")) {
                    return Optional.of(Finding.error("offline.error.macros"));
                }
                if (name.startsWith("xl/externallinks/")) {
                    return Optional.of(Finding.error("offline.error.externalLinks"));
                }
                long expanded = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (expanded > OfflineLimits.MAX_ENTRY_BYTES || (expanded > GRACE_BYTES && compressed >= 0
                        && (double) compressed / expanded < OfflineLimits.MIN_INFLATE_RATIO)) {
                    return Optional.of(Finding.error("offline.error.zipBomb"));
                }
            }
        } catch (ZipException e) {
            return Optional.of(Finding.error("offline.error.notZip"));
        }
        return Optional.empty();
    }

    static Optional<Finding> afterOpening(OPCPackage pkg) {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            return Optional.of(Finding.error("offline.error.notWorkbook"));
        }
        String type = main.get(0).getContentType();
        if (type.equals(MACRO_WORKBOOK) || !pkg.getPartsByContentType(VBA).isEmpty()) {
            return Optional.of(Finding.error("offline.error.macros"));
        }
        if (!type.equals(WORKBOOK) && !type.equals(TEMPLATE)) {
            return Optional.of(Finding.error("offline.error.notWorkbook"));
        }
        if (!pkg.getPartsByContentType(EXTERNAL_LINK).isEmpty() || !pkg.getPartsByContentType(CONNECTIONS).isEmpty()) {
            return Optional.of(Finding.error("offline.error.externalLinks"));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whole megabytes, rounded up: a file just over the limit does not read as "25 MB of 25". */
    private static long megabytes(long bytes) {
        long mb = 1024L * 1024L;
        return (bytes + mb - 1) / mb;
    }
}
