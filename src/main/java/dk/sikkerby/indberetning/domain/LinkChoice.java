package dk.sikkerby.indberetning.domain;

/** The administrator's answer for one renamed initiative: it continues {@code predecessorId}. */
public record LinkChoice(int initiativeId, int predecessorId) {
}
