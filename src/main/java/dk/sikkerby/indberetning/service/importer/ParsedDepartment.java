package dk.sikkerby.indberetning.service.importer;

/** A department the file's rows use: its code, its name (from the footnote or the known list) and its first use. */
public record ParsedDepartment(String code, String name, int line) {
}
