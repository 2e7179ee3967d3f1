package dk.sikkerby.indberetning.domain;

/** A department (forvaltning), known by its short code. */
public record Department(int id, String code, String name) {
}
