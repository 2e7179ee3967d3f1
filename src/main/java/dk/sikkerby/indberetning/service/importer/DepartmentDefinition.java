package dk.sikkerby.indberetning.service.importer;

/** "BIF er Beskæftigelses- og Integrationsforvaltningen", as a footnote on {@code line} defines it. */
record DepartmentDefinition(String code, String name, int line) {
}
