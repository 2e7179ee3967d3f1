package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.persistence.CriteriaRepository;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.StaleSubmissionException;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.service.InvalidRowException;
import dk.sikkerby.indberetning.service.InvalidSubmissionException;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading a year's table and saving one submission: one transaction per user action, in which the
 * actor's rights are checked, the change is written and its audit rows are appended.
 */
public final class SubmissionService {

    private final Store store;

    public SubmissionService(Store store) {
        this.store = store;
    }

    public List<YearSummary> years() {
        return store.direct().years().summaries();
    }

    /** The whole year's table, as export and reviewers see it. */
    public YearTable loadYear(int year) {
        return store.transactionResult(tx -> {
            YearRepository years = tx.years();
            ReportYear reportYear = years.find(year)
                    .orElseThrow(() -> new UserFacingException("year.error.unknown", year));
            return new YearTable(reportYear, years.categories(year), tx.submissions().rows(year));
        });
    }

    /** The year's table as {@code actor} may see it: a coordinator sees only their own rows if the year says so. */
    /** Whether the year is locked (read-only for everyone); a year without workflow settings is not. */
    public boolean isLocked(int year) {
        return store.direct().yearControls().find(year).map(c -> c.locked()).orElse(false);
    }

    public YearTable loadYear(Actor actor, int year) {
        YearTable all = loadYear(year);
        boolean seeAll = store.direct().yearControls().find(year).map(c -> c.coordinatorsSeeAll()).orElse(true);
        if (seeAll || actor.role() != Role.COORDINATOR) {
            return all;
        }
        return new YearTable(all.year(), all.categories(),
                all.rows().stream().filter(r -> actor.reportsFor(r.department().id())).toList());
    }

    /** Saves a form typed in the editor (audit action "edit"). */
    public Submission save(Actor actor, int year, int initiativeId, SubmissionForm form, int expectedVersion) {
        return save(actor, year, initiativeId, form, expectedVersion, AuditAction.EDIT);
    }

    /**
     * Validates and saves one submission in one transaction, with an audit row per changed field.
     * Score and note may be changed by the department while the submission is open to it, the
     * assessment by the reviewer (see {@link Rights}); a returned submission that the department
     * changes goes back to draft.
     *
     * @param expectedVersion the version the user started editing (0 if none was stored)
     * @param action          how the change came in: edit, import, template return
     * @throws InvalidSubmissionException if the form breaks a rule
     * @throws UserFacingException        if the actor may not make this change now; nothing is written
     * @throws ConcurrentEditException    if someone else saved in between
     */
    public Submission save(Actor actor, int year, int initiativeId, SubmissionForm form, int expectedVersion,
                           AuditAction action) {
        requireValid(form);
        try {
            return store.transactionResult(tx -> saveIn(tx, actor, year, initiativeId, form, expectedVersion,
                    action, yearLocked(tx, year)));
        } catch (StaleSubmissionException e) {
            throw concurrent(year, initiativeId);
        }
    }

    /**
     * Saves several rows (the grid) in one transaction, each exactly as {@link #save} saves one: the same
     * rules, rights, version check, state change and audit rows. All or nothing: if one row breaks a rule,
     * may not be changed by {@code actor} or was saved by someone else in between, nothing is written and
     * the exception names that row.
     *
     * @return the stored submissions, in the order of {@code edits}
     * @throws InvalidRowException     if a row breaks a rule or may not be changed; names the row
     * @throws ConcurrentEditException if someone else saved one of the rows in between
     */
    public List<Submission> saveAll(Actor actor, int year, List<SubmissionEdit> edits) {
        for (SubmissionEdit edit : edits) {
            try {
                requireValid(edit.form());
            } catch (UserFacingException e) {
                throw InvalidRowException.of(rowName(year, edit.initiativeId()), e);
            }
        }
        int[] current = new int[1];
        try {
            return store.transactionResult(tx -> {
                boolean locked = yearLocked(tx, year); // once for all the rows: the lock cannot change inside
                List<Submission> saved = new ArrayList<>();
                for (int i = 0; i < edits.size(); i++) {
                    current[0] = i;
                    SubmissionEdit edit = edits.get(i);
                    try {
                        saved.add(saveIn(tx, actor, year, edit.initiativeId(), edit.form(),
                                edit.expectedVersion(), AuditAction.EDIT, locked));
                    } catch (UserFacingException e) {
                        throw InvalidRowException.of(rowName(year, edit.initiativeId()), e);
                    }
                }
                return saved;
            });
        } catch (StaleSubmissionException e) {
            throw concurrent(year, edits.get(current[0]).initiativeId());
        }
    }

    private String rowName(int year, int initiativeId) {
        return store.direct().submissions().row(year, initiativeId).map(InitiativeRow::name)
                .orElse(String.valueOf(initiativeId));
    }

    private static boolean yearLocked(Repositories tx, int year) {
        return tx.yearControls().find(year).map(c -> c.locked()).orElse(false);
    }

    /** One row's save inside the caller's transaction: criteria, derived score, rights, version check, state, audit. */
    private static Submission saveIn(Repositories tx, Actor actor, int year, int initiativeId, SubmissionForm form,
                                     int expectedVersion, AuditAction action, boolean locked) {
        SubmissionRepository submissions = tx.submissions();
        CriteriaRepository criteria = tx.criteria();
        InitiativeRow before = submissions.row(year, initiativeId)
                .orElseThrow(() -> new UserFacingException("workflow.error.unknownInitiative", year));
        List<SuccessCriterion> storedCriteria = criteria.find(year, initiativeId);
        SubmissionForm effective = form;
        if (form.criteria() == null && !storedCriteria.isEmpty()) {
            // a form that does not speak of criteria (the grid, an import) leaves them, and the score they give, as stored
            effective = form.withCriteria(storedCriteria);
            requireValid(effective);
        }
        Score score = SubmissionRules.score(effective).orElseThrow();
        List<SuccessCriterion> newCriteria = effective.criteria() == null ? storedCriteria
                : effective.criteria().stream().map(SuccessCriterion::normalised).toList();
        boolean criteriaChanged = !newCriteria.equals(storedCriteria);
        Target target = Target.row(before, locked);
        boolean departmentChanged = !score.equals(before.score()) || criteriaChanged
                || !form.departmentNote().equals(before.departmentNote());
        boolean assessmentChanged = !form.assessment().equals(before.assessment());
        if (departmentChanged || !assessmentChanged && before.submission().isEmpty()) {
            Rights.check(actor, Action.EDIT_SCORE_AND_NOTE, target);
        }
        if (assessmentChanged) {
            Rights.check(actor, Action.EDIT_ASSESSMENT, target);
        }
        if (!departmentChanged && !assessmentChanged && before.submission().isPresent()) {
            return before.submission().get();
        }
        SubmissionState newState = departmentChanged && before.state() == SubmissionState.RETURNED
                ? SubmissionState.DRAFT : null;
        Submission saved = submissions.save(year, initiativeId, score, form.departmentNote(),
                form.assessment(), expectedVersion, newState, actor.login());
        if (criteriaChanged) {
            criteria.replace(year, initiativeId, newCriteria);
        }
        AuditTrail trail = new AuditTrail(tx, actor, action);
        trail.add(year, initiativeId, AuditTrail.Snapshot.of(before.submission()), AuditTrail.Snapshot.of(saved));
        trail.criteria(year, initiativeId, storedCriteria, newCriteria);
        trail.flush();
        return saved;
    }

    /** The success criteria of one initiative and year, in order (empty: none listed). */
    public List<SuccessCriterion> criteria(int year, int initiativeId) {
        return store.direct().criteria().find(year, initiativeId);
    }

    /** The year's success criteria by initiative id; an initiative without criteria is absent. */
    public Map<Integer, List<SuccessCriterion>> criteria(int year) {
        return store.direct().criteria().forYear(year);
    }

    private static void requireValid(SubmissionForm form) {
        List<Violation> violations = SubmissionRules.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
    }

    /** The stored submission and who stored it, for the user whose save came second. */
    public ConcurrentEditException concurrent(int year, int initiativeId) {
        Submission stored = store.direct().submissions().find(year, initiativeId).orElseThrow();
        List<AuditEntry> saves = store.direct().audit().forSubmission(year, initiativeId).stream()
                .filter(e -> e.field().isSubmission()).toList();
        String by = saves.isEmpty() ? "" : saves.get(saves.size() - 1).actorName();
        return new ConcurrentEditException(stored, by);
    }
}
