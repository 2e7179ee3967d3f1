package dk.sikkerby.indberetning.domain;

/**
 * A likely rename the administrator is asked about: an initiative new in {@code year} and one of the
 * same department that reported the year before but not this year, with how alike their names are.
 */
public record LinkProposal(int year, int initiativeId, String name, int predecessorId, String predecessorName,
                           String departmentCode, double similarity) {
}
