package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.SubmissionForm;

/**
 * One row's change in a save of several rows (the grid): the initiative, what the user typed, and the
 * version the user started from (0 if nothing was stored), checked as the editor form's save checks it.
 */
public record SubmissionEdit(int initiativeId, SubmissionForm form, int expectedVersion) {
}
