package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.service.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an appendix file into a {@link ParsedAppendix}: a pure function of the file's bytes, the
 * year asked for (if any) and the known vocabulary. Never touches the database, never throws for
 * anything in the file: every problem becomes a finding with its line.
 */
public final class AppendixReader {

    private final KnownVocabulary vocabulary;

    public AppendixReader(KnownVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public ParsedAppendix read(Path file, Optional<Integer> year, Progress progress) {
        return finish(scan(file, year, progress, bytes -> { }));
    }

    public ParsedAppendix read(String fileName, byte[] bytes, Optional<Integer> year, Progress progress) {
        return finish(scan(fileName, bytes, year, progress));
    }

    /**
     * The part of reading a file that needs nothing of the database: the bytes, their encoding and every line
     * through the table's rules. Only {@link #finish} resolves the departments against this reader's
     * vocabulary, so a scan made with the built-in vocabulary (which has the same categories as every vocabulary
     * made from it) may be finished by a reader that knows the stored departments too ({@link ReadAhead}).
     */
    Scan scan(Path file, Optional<Integer> year, Progress progress, Consumer<byte[]> whenRead) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FindingCollector findings = new FindingCollector();
        try {
            if (!Files.exists(file)) {
                findings.error(0, 0, "import.file.notFound", file.toString());
            } else if (!Files.isRegularFile(file)) {
                findings.error(0, 0, "import.file.notAFile", file.toString());
            } else if (Files.size(file) > ImportLimits.MAX_FILE_BYTES) {
                findings.error(0, 0, "import.file.tooLarge", megabytes(Files.size(file)), megabytes(ImportLimits.MAX_FILE_BYTES));
            } else {
                byte[] bytes = readBounded(file);
                whenRead.accept(bytes);
                return scan(name, bytes, year, progress);
            }
        } catch (NoSuchFileException e) {
            findings.error(0, 0, "import.file.notFound", file.toString());
        } catch (IOException e) {
            findings.error(0, 0, "import.file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        return Scan.failed(name, Optional.empty(), findings);
    }

    /** Reads at most the limit plus one byte, so a file that grew after the size check is still refused. */
    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) ImportLimits.MAX_FILE_BYTES + 1);
        }
    }

    Scan scan(String fileName, byte[] bytes, Optional<Integer> year, Progress progress) {
        FindingCollector findings = new FindingCollector();
        if (bytes.length > ImportLimits.MAX_FILE_BYTES) {
            findings.error(0, 0, "import.file.tooLarge", megabytes(bytes.length), megabytes(ImportLimits.MAX_FILE_BYTES));
            return Scan.failed(fileName, Optional.of(bytes), findings);
        }
        Optional<DecodedText> decoded = TextDecoder.decode(bytes, findings);
        if (decoded.isEmpty()) {
            return Scan.failed(fileName, Optional.of(bytes), findings);
        }
        DecodedText text = decoded.get();
        findings.info(0, 0, text.encoding().messageKey());
        findings.info(0, 0, text.lineEnding().messageKey());
        TableReader reader = new TableReader(vocabulary, findings);
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!reader.accept(Row.of(i + 1, lines.get(i)))) {
                break;
            }
            if ((i & 0xFF) == 0) {
                progress.update(i, lines.size());
            }
        }
        progress.update(lines.size(), lines.size());
        return new Scan(fileName, Optional.of(bytes), findings, Optional.of(text), Optional.of(reader), year);
    }

    /** A scan made whole: the departments resolved with this reader's vocabulary, the year, the file's digest. */
    ParsedAppendix finish(Scan scan) {
        return finish(scan, scan.bytes().map(AppendixReader::sha256).orElse(""));
    }

    /** The same with the digest of the scan's bytes made already ({@code sha256}; empty if it has none). */
    ParsedAppendix finish(Scan scan, String sha256) {
        if (scan.table().isEmpty()) {
            return failed(scan.fileName(), sha256, scan.findings());
        }
        FindingCollector findings = scan.findings();
        DecodedText text = scan.text().orElseThrow();
        TableReader.TableContent content = scan.table().get().finish(vocabulary);
        int resolvedYear = year(content.title(), scan.year(), findings);
        String title = content.title().map(TitleLine::text)
                .orElse(resolvedYear == 0 ? "" : ReportYear.defaultTitle(resolvedYear));
        if (content.layout().isPresent() && content.initiatives().isEmpty() && !findings.hasErrors()) {
            findings.error(0, 0, "import.file.noInitiatives");
        }
        return new ParsedAppendix(scan.fileName(), sha256, Optional.of(text.encoding()), text.lineEnding(),
                text.lines().size(), resolvedYear, title, content.layout().flatMap(Layout::noteLabel),
                content.categories(), content.departments(), content.initiatives(), findings.sorted());
    }

    /** What {@link #scan} read: the file's name and bytes, its findings so far, and the table not yet finished. */
    record Scan(String fileName, Optional<byte[]> bytes, FindingCollector findings, Optional<DecodedText> text,
                Optional<TableReader> table, Optional<Integer> year) {

        static Scan failed(String fileName, Optional<byte[]> bytes, FindingCollector findings) {
            return new Scan(fileName, bytes, findings, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The year from the title, checked against the year asked for; 0 if there is none. */
    private static int year(Optional<TitleLine> title, Optional<Integer> asked, FindingCollector findings) {
        int year;
        if (title.isPresent()) {
            year = title.get().year();
            if (asked.isPresent() && asked.get() != year) {
                findings.error(title.get().line(), 0, "import.year.mismatch", year, asked.get());
            }
        } else if (asked.isPresent()) {
            year = asked.get();
            findings.info(0, 0, "import.title.missingYearGiven", year);
        } else {
            findings.error(0, 0, "import.title.missing");
            return 0;
        }
        if (year < ReportYear.FIRST || year > ReportYear.LAST) {
            findings.error(title.map(TitleLine::line).orElse(0), 0, "import.year.outOfRange", year,
                    ReportYear.FIRST, ReportYear.LAST);
        }
        return year;
    }

    private static ParsedAppendix failed(String fileName, String sha256, FindingCollector findings) {
        return new ParsedAppendix(fileName, sha256, Optional.empty(), LineEnding.NONE, 0, 0, "", Optional.empty(),
                List.of(), List.of(), List.of(), findings.sorted());
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
