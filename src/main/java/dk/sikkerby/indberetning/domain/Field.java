package dk.sikkerby.indberetning.domain;

/** The fields of a submission a rule can name. */
public enum Field {
    MET, TOTAL, NOT_RELEVANT, DEPARTMENT_NOTE, ASSESSMENT
}
