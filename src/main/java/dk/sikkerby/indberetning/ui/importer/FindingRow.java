package dk.sikkerby.indberetning.ui.importer;

import dk.sikkerby.indberetning.service.importcore.Severity;

/** One finding as the preview's table shows it: where, how severe, and the message, in the user's language. */
public record FindingRow(String where, Severity severity, String severityText, String message) {
}
