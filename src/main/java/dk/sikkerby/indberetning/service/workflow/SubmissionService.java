package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.StaleSubmissionException;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.service.InvalidRowException;
import dk.sikkerby.indberetning.service.InvalidSubmissionException;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
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
        return store.reads().yearSummaries();
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
        return saveAll(actor, year, edits, Progress.NONE);
    }

    /**
     * As {@link #saveAll(Actor, int, List)}, reporting to {@code progress} as the rows are read, judged, written
     * and audited, the last time just before the commit. An exception thrown by {@code progress} (a cancel) rolls
     * every row back.
     */
    public List<Submission> saveAll(Actor actor, int year, List<SubmissionEdit> edits, Progress progress) {
        for (SubmissionEdit edit : edits) {
            try {
                requireValid(edit.form());
            } catch (UserFacingException e) {
                throw InvalidRowException.of(rowName(year, edit.initiativeId()), e);
            }
        }
        try {
            return store.transactionResult(tx -> saveAllIn(tx, actor, year, edits, progress));
        } catch (StaleSubmissionException e) {
            throw concurrent(year, e.initiativeId());
        }
    }

    /**
     * The rows are read in one query, judged one by one ({@link RowChange}), and only then written: the changed
     * rows in batches with their version checks, the audit rows in one batch at the end (decision 0802).
     */
    private static List<Submission> saveAllIn(Repositories tx, Actor actor, int year, List<SubmissionEdit> edits,
                                              Progress progress) {
        long steps = edits.size() + 3L;
        boolean locked = yearLocked(tx, year); // once for all the rows: the lock cannot change inside
        List<Integer> ids = edits.stream().map(SubmissionEdit::initiativeId).toList();
        Map<Integer, InitiativeRow> rows = tx.submissions().rows(year, ids);
        Map<Integer, List<SuccessCriterion>> criteria = tx.criteria().forYear(year, ids);
        progress.update(1, steps);
        Submission[] result = new Submission[edits.size()];
        List<RowChange> changes = new ArrayList<>();
        List<Integer> changedAt = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            SubmissionEdit edit = edits.get(i);
            InitiativeRow before = rows.get(edit.initiativeId());
            if (before == null) {
                throw InvalidRowException.of(String.valueOf(edit.initiativeId()),
                        new UserFacingException("workflow.error.unknownInitiative", year));
            }
            RowChange change;
            try {
                change = RowChange.plan(actor, before, edit.form(), edit.expectedVersion(),
                        criteria.getOrDefault(edit.initiativeId(), List.of()), locked);
            } catch (UserFacingException e) {
                throw InvalidRowException.of(before.name(), e);
            }
            if (i % 50 == 49) {
                progress.update(i + 2, steps);
            }
            if (change.changed()) {
                changes.add(change);
                changedAt.add(i);
            } else {
                result[i] = before.submission().orElseThrow();
            }
        }
        List<Submission> saved = tx.submissions().saveAll(year, changes.stream().map(RowChange::write).toList(),
                actor.login());
        progress.update(steps - 1, steps);
        AuditTrail trail = new AuditTrail(tx, actor, AuditAction.EDIT);
        for (int j = 0; j < changes.size(); j++) {
            RowChange change = changes.get(j);
            if (change.criteriaChanged()) {
                tx.criteria().replace(year, change.before().initiativeId(), change.newCriteria());
            }
            change.audit(trail, saved.get(j));
            result[changedAt.get(j)] = saved.get(j);
        }
        trail.flush();
        progress.update(steps, steps); // the last chance to cancel: the commit follows
        return List.of(result);
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
        InitiativeRow before = tx.submissions().row(year, initiativeId)
                .orElseThrow(() -> new UserFacingException("workflow.error.unknownInitiative", year));
        RowChange change = RowChange.plan(actor, before, form, expectedVersion, tx.criteria().find(year, initiativeId),
                locked);
        if (!change.changed()) {
            return before.submission().orElseThrow();
        }
        Submission saved = tx.submissions().save(year, initiativeId, change.score(), form.departmentNote(),
                form.assessment(), expectedVersion, change.newState(), actor.login());
        if (change.criteriaChanged()) {
            tx.criteria().replace(year, initiativeId, change.newCriteria());
        }
        AuditTrail trail = new AuditTrail(tx, actor, action);
        change.audit(trail, saved);
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

    static void requireValid(SubmissionForm form) {
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
