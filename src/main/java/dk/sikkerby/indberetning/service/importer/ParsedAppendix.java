package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Everything the reader understood of one appendix file, and everything it found wrong or worth
 * saying. Immutable, and made without a database. When {@link #hasErrors()} nothing of it may be stored.
 *
 * @param fileName   the file's name, as the report shows it
 * @param sha256     the hash of the file's bytes (empty if it could not be read)
 * @param encoding   how the bytes were read, if they could be
 * @param lineEnding the line breaks the file uses
 * @param year       the report year (0 if none could be found)
 * @param title      the title line, or the usual title of the year if the file has none
 * @param noteLabel  the header of the department-note column, if the file has that column
 */
public record ParsedAppendix(String fileName, String sha256, Optional<TextEncoding> encoding, LineEnding lineEnding,
                             int lineCount, int year, String title, Optional<String> noteLabel,
                             List<ParsedCategory> categories, List<ParsedDepartment> departments,
                             List<ParsedInitiative> initiatives, List<Finding> findings) {

    public ParsedAppendix {
        categories = List.copyOf(categories);
        departments = List.copyOf(departments);
        initiatives = List.copyOf(initiatives);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
