package dk.sikkerby.indberetning.service.importcore;

/** How much a finding matters: an error refuses the file, a warning is shown and kept with it, info explains. */
public enum Severity {
    ERROR, WARNING, INFO
}
