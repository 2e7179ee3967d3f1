package dk.sikkerby.indberetning.domain;

/** A category of the year's table; {@code position} orders the groups. */
public record Category(int id, int year, String name, int position) {
}
