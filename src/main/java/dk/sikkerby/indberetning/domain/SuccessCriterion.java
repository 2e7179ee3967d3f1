package dk.sikkerby.indberetning.domain;

import java.util.Optional;

/**
 * One success criterion of an initiative in one year: its text, its outcome (null while it has not
 * been assessed), the reason it was dropped (required exactly when it was), where it comes from, and
 * the text of last year's criterion it was carried over from ("" if none), which lets a reviewer see
 * a rewording. What the form holds before validation is the same record; {@link CriteriaRules} says
 * what is wrong with it.
 */
public record SuccessCriterion(String text, CriterionOutcome outcome, String dropReason, CriterionMarker marker,
                               String carriedFrom) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_REASON_LENGTH = 1000;

    public SuccessCriterion {
        text = text == null ? "" : text;
        dropReason = dropReason == null ? "" : dropReason;
        marker = marker == null ? CriterionMarker.NEW : marker;
        carriedFrom = carriedFrom == null ? "" : carriedFrom;
    }

    /** A new criterion, not yet assessed. */
    public static SuccessCriterion of(String text) {
        return new SuccessCriterion(text, null, "", CriterionMarker.NEW, "");
    }

    public Optional<CriterionOutcome> outcomeIfAny() {
        return Optional.ofNullable(outcome);
    }

    public boolean isDropped() {
        return outcome == CriterionOutcome.DROPPED;
    }

    public SuccessCriterion withOutcome(CriterionOutcome newOutcome, String reason) {
        return new SuccessCriterion(text, newOutcome, newOutcome == CriterionOutcome.DROPPED ? reason : "", marker,
                carriedFrom);
    }

    /** This criterion as next year starts it: same text, carried over, no outcome. */
    public SuccessCriterion carriedOver() {
        return new SuccessCriterion(text.strip(), null, "", CriterionMarker.CARRIED_OVER, text.strip());
    }

    /**
     * The form kept in the database: text and reason stripped, a reason only with "dropped", and no
     * link to last year for a criterion marked new.
     */
    public SuccessCriterion normalised() {
        return new SuccessCriterion(text.strip(), outcome, isDropped() ? dropReason.strip() : "", marker,
                marker == CriterionMarker.NEW ? "" : carriedFrom.strip());
    }

    /** One line for the audit trail and plain-text reports: "Færre anmeldelser [DROPPED: Ingen data; NEW]". */
    public String auditValue() {
        String result = outcome == null ? "-" : outcome.name();
        if (isDropped()) {
            result += ": " + dropReason.strip();
        }
        return text.strip() + " [" + result + "; " + marker.name() + "]";
    }
}
