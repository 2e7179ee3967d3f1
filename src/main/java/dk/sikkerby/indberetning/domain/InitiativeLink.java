package dk.sikkerby.indberetning.domain;

/**
 * A link the administrator made (decision 0701): {@code name} (reporting in {@code year}) continues
 * {@code predecessorName}. Shown so that a wrong one can be taken away again.
 */
public record InitiativeLink(int year, int initiativeId, String name, String departmentCode, int predecessorId,
                             String predecessorName) {
}
