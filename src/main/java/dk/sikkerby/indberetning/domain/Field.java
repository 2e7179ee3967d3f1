package dk.sikkerby.indberetning.domain;

/**
 * The fields of a submission a rule can name. {@code CRITERIA} is the list of success criteria as a
 * whole, {@code CRITERION} one of them (the message's first argument is its number).
 */
public enum Field {
    MET, TOTAL, NOT_RELEVANT, DEPARTMENT_NOTE, ASSESSMENT, CRITERIA, CRITERION
}
