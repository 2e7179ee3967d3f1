package dk.sikkerby.indberetning.service.smoke;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.SubmissionService;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A stand-in for the real exporter (issue 5) so that the smoke test writes a real file today: one
 * CSV line per initiative (category, initiative, department code, score as "2/3", empty when missing
 * or not relevant), UTF-8, text that a spreadsheet would run as a formula written as text, to a
 * temporary file beside the target and then renamed over it. Delete it once the real exporter is
 * wired into the smoke test; nothing else uses it.
 */
public final class InterimCsvExport implements SmokeExport {

    private final SubmissionService submissions;

    public InterimCsvExport(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(int year, Path target, Progress progress) throws IOException {
        YearTable table = submissions.loadYear(year);
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(folder, "export", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(quote(table.year().title()) + "\r\n");
                long done = 0;
                for (InitiativeRow row : table.rows()) {
                    out.write(String.join(",", quote(row.category().name()), quote(row.name()),
                            quote(row.department().code()), quote(row.score().fraction())) + "\r\n");
                    progress.update(++done, table.rows().size());
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String quote(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
