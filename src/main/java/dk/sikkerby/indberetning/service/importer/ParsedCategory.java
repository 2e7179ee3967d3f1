package dk.sikkerby.indberetning.service.importer;

/** A category row of the file: its name, where it first stands, and its place in the year's order (from 1). */
public record ParsedCategory(String name, int line, int position) {
}
