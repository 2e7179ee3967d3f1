package dk.sikkerby.indberetning.service.importer;

/** The columns an appendix can have; the header row says which it has and where. */
enum Column {
    INITIATIVE, DEPARTMENT, SCORE, NOTE, ASSESSMENT
}
