package dk.sikkerby.indberetning.service.importer;

/** How much a finding matters: an error stops the import, a warning is shown and kept with it, info explains. */
public enum Severity {
    ERROR, WARNING, INFO
}
