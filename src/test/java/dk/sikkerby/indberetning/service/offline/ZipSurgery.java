package dk.sikkerby.indberetning.service.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites the parts of a workbook's zip, for files no spreadsheet program would write. */
final class ZipSurgery {

    /** Writes a part's new content, given its old content. */
    @FunctionalInterface
    interface PartWriter {
        void write(byte[] original, OutputStream out) throws IOException;
    }

    private final Map<String, PartWriter> edits = new LinkedHashMap<>();
    private final Map<String, byte[]> additions = new LinkedHashMap<>();

    ZipSurgery replace(String part, PartWriter writer) {
        edits.put(part, writer);
        return this;
    }

    ZipSurgery replaceText(String part, UnaryOperator<String> edit) {
        return replace(part, (original, out) ->
                out.write(edit.apply(new String(original, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
    }

    ZipSurgery add(String part, String content) {
        additions.put(part, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Path apply(Path in, Path out) throws IOException {
        try (ZipFile zip = new ZipFile(in.toFile()); ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] original = zip.getInputStream(entry).readAllBytes();
                target.putNextEntry(new ZipEntry(entry.getName()));
                PartWriter edit = edits.get(entry.getName());
                if (edit == null) {
                    target.write(original);
                } else {
                    edit.write(original, target);
                }
                target.closeEntry();
            }
            for (Map.Entry<String, byte[]> addition : additions.entrySet()) {
                target.putNextEntry(new ZipEntry(addition.getKey()));
                target.write(addition.getValue());
                target.closeEntry();
            }
        }
        return out;
    }
}
