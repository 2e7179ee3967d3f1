package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.List;

/**
 * One row's save worked out against what is stored, before anything is written: the form's rules with the
 * stored criteria, the actor's rights, the derived score, and the state a returned row goes back to. The
 * form's save and the grid's save of many rows both start here, so they cannot judge a row differently.
 *
 * @param changed false if the form holds what is stored: nothing to write, the stored submission stands
 */
record RowChange(InitiativeRow before, SubmissionForm form, Score score, List<SuccessCriterion> storedCriteria,
                 List<SuccessCriterion> newCriteria, boolean changed, SubmissionState newState,
                 int expectedVersion) {

    /**
     * @throws UserFacingException if the form (with the stored criteria) breaks a rule, or the actor may not
     *                             make this change now
     */
    static RowChange plan(Actor actor, InitiativeRow before, SubmissionForm form, int expectedVersion,
                          List<SuccessCriterion> storedCriteria, boolean yearLocked) {
        SubmissionForm effective = form;
        if (form.criteria() == null && !storedCriteria.isEmpty()) {
            // a form that does not speak of criteria (the grid, an import) leaves them, and the score they give, as stored
            effective = form.withCriteria(storedCriteria);
            SubmissionService.requireValid(effective);
        }
        Score score = SubmissionRules.score(effective).orElseThrow();
        List<SuccessCriterion> newCriteria = effective.criteria() == null ? storedCriteria
                : effective.criteria().stream().map(SuccessCriterion::normalised).toList();
        boolean criteriaChanged = !newCriteria.equals(storedCriteria);
        Target target = Target.row(before, yearLocked);
        boolean departmentChanged = !score.equals(before.score()) || criteriaChanged
                || !form.departmentNote().equals(before.departmentNote());
        boolean assessmentChanged = !form.assessment().equals(before.assessment());
        if (departmentChanged || !assessmentChanged && before.submission().isEmpty()) {
            Rights.check(actor, Action.EDIT_SCORE_AND_NOTE, target);
        }
        if (assessmentChanged) {
            Rights.check(actor, Action.EDIT_ASSESSMENT, target);
        }
        boolean changed = departmentChanged || assessmentChanged || before.submission().isEmpty();
        SubmissionState newState = departmentChanged && before.state() == SubmissionState.RETURNED
                ? SubmissionState.DRAFT : null;
        return new RowChange(before, form, score, storedCriteria, newCriteria, changed, newState, expectedVersion);
    }

    boolean criteriaChanged() {
        return !newCriteria.equals(storedCriteria);
    }

    /** What the repository writes for this row. */
    SubmissionRepository.Write write() {
        return new SubmissionRepository.Write(before.initiativeId(), score, form.departmentNote(), form.assessment(),
                expectedVersion, newState);
    }

    /** Collects this change's audit rows in {@code trail} (written when the trail is flushed). */
    void audit(AuditTrail trail, Submission saved) {
        trail.add(saved.year(), saved.initiativeId(), AuditTrail.Snapshot.of(before.submission()),
                AuditTrail.Snapshot.of(saved));
        trail.criteria(saved.year(), saved.initiativeId(), storedCriteria, newCriteria);
    }
}
