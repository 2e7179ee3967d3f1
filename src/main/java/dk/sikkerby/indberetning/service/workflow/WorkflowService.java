package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.Comment;
import dk.sikkerby.indberetning.domain.CommentKind;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.YearControl;
import dk.sikkerby.indberetning.domain.YearOverview;
import java.time.LocalDate;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.StaleSubmissionException;
import dk.sikkerby.indberetning.persistence.YearControlRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The life of a submission (submit, return, approve, reopen), its comment thread and history, and the
 * year's lock. Every action is one transaction: rights check, change, audit rows and comment together.
 */
public final class WorkflowService {

    private final Store store;
    private final SubmissionService submissions;

    public WorkflowService(Store store, SubmissionService submissions) {
        this.store = store;
        this.submissions = submissions;
    }

    /** The department hands the submission in: draft or returned → submitted. */
    public Submission submit(Actor actor, int year, int initiativeId, int expectedVersion) {
        return transition(actor, year, initiativeId, expectedVersion, Action.SUBMIT, SubmissionState.SUBMITTED,
                CommentKind.ANSWER, "");
    }

    /** The reviewer asks for corrections: submitted → returned, with a comment the department reads. */
    public Submission returnToDepartment(Actor actor, int year, int initiativeId, String comment, int expectedVersion) {
        return transition(actor, year, initiativeId, expectedVersion, Action.RETURN, SubmissionState.RETURNED,
                CommentKind.RETURN, required(comment));
    }

    public Submission approve(Actor actor, int year, int initiativeId, int expectedVersion) {
        return transition(actor, year, initiativeId, expectedVersion, Action.APPROVE, SubmissionState.APPROVED,
                CommentKind.NOTE, "");
    }

    /** The reviewer opens an approved submission again: approved → returned, with the reason. */
    public Submission reopen(Actor actor, int year, int initiativeId, String reason, int expectedVersion) {
        return transition(actor, year, initiativeId, expectedVersion, Action.REOPEN, SubmissionState.RETURNED,
                CommentKind.REOPEN, required(reason));
    }

    /** Adds a message to the thread: an answer from the department, a note from the secretariat. */
    public void comment(Actor actor, int year, int initiativeId, String text) {
        String body = required(text);
        store.transaction(tx -> {
            InitiativeRow row = row(tx, year, initiativeId);
            Rights.check(actor, Action.COMMENT, Target.row(row, locked(tx, year)));
            CommentKind kind = actor.role() == dk.sikkerby.indberetning.domain.Role.COORDINATOR
                    ? CommentKind.ANSWER : CommentKind.NOTE;
            tx.comments().append(year, initiativeId, kind, body, actor.login(), actor.fullName(),
                    now());
        });
    }

    public void lockYear(Actor actor, int year, String reason) {
        setLock(actor, year, true, reason == null ? "" : reason.strip(), Action.LOCK_YEAR, AuditAction.YEAR_LOCK);
    }

    /** Unlocking needs a written reason; it is kept in the year's audit trail. */
    public void unlockYear(Actor actor, int year, String reason) {
        setLock(actor, year, false, required(reason), Action.UNLOCK_YEAR, AuditAction.YEAR_UNLOCK);
    }

    /** The year's progress per department as {@code actor} may see it, measured against the deadline. */
    public YearOverview overview(Actor actor, int year, LocalDate today) {
        YearControl control = control(year);
        return YearOverview.of(submissions.loadYear(actor, year), control.deadline(), today);
    }

    /** The administrator sets (or clears, with null) the date by which departments must submit. */
    public void setDeadline(Actor actor, int year, LocalDate deadline) {
        store.transaction(tx -> {
            Rights.check(actor, Action.MANAGE_SETUP, Target.year(year, locked(tx, year)));
            YearControlRepository years = tx.yearControls();
            String before = years.find(year).flatMap(YearControl::deadline).map(LocalDate::toString).orElse("");
            years.setDeadline(year, deadline);
            new AuditTrail(tx, actor, AuditAction.EDIT).setUp(year, null, AuditField.DEADLINE, before,
                    deadline == null ? "" : deadline.toString());
        });
    }

    /** The administrator decides whether coordinators see other departments' rows (read-only) or only their own. */
    public void setCoordinatorsSeeAll(Actor actor, int year, boolean seeAll) {
        store.transaction(tx -> {
            Rights.check(actor, Action.MANAGE_SETUP, Target.year(year, locked(tx, year)));
            YearControlRepository years = tx.yearControls();
            String before = years.find(year).map(c -> String.valueOf(c.coordinatorsSeeAll())).orElse("");
            years.setCoordinatorsSeeAll(year, seeAll);
            new AuditTrail(tx, actor, AuditAction.EDIT).setUp(year, null, AuditField.COORDINATORS_SEE_ALL, before,
                    String.valueOf(seeAll));
        });
    }

    public YearControl control(int year) {
        return store.direct().yearControls().find(year)
                .orElseThrow(() -> new UserFacingException("year.error.unknown", year));
    }

    public List<AuditEntry> history(int year, int initiativeId) {
        return store.direct().audit().forSubmission(year, initiativeId);
    }

    /** The file each imported change of the submission came from, by the change's moment (see AuditRepository). */
    public Map<Instant, String> sourceFiles(int year, int initiativeId) {
        return store.direct().audit().sourceFiles(year, initiativeId);
    }

    public List<AuditEntry> yearHistory(int year) {
        return store.direct().audit().forYear(year);
    }

    public List<Comment> thread(int year, int initiativeId) {
        return store.direct().comments().thread(year, initiativeId);
    }

    private Submission transition(Actor actor, int year, int initiativeId, int expectedVersion, Action action,
                                  SubmissionState to, CommentKind kind, String comment) {
        try {
            return store.transactionResult(tx -> {
                InitiativeRow before = row(tx, year, initiativeId);
                Rights.check(actor, action, Target.row(before, locked(tx, year)));
                if (action == Action.SUBMIT && before.score().isMissing()) {
                    throw new UserFacingException("workflow.refused.scoreMissing", before.name());
                }
                Submission after = tx.submissions()
                        .changeState(year, initiativeId, to, actor.login(), expectedVersion);
                new AuditTrail(tx, actor, AuditAction.STATE_CHANGE).changes(before, after);
                if (!comment.isEmpty()) {
                    tx.comments().append(year, initiativeId, kind, comment, actor.login(),
                            actor.fullName(), now());
                }
                return after;
            });
        } catch (StaleSubmissionException e) {
            throw submissions.concurrent(year, initiativeId);
        }
    }

    private void setLock(Actor actor, int year, boolean lock, String reason, Action action, AuditAction audit) {
        store.transaction(tx -> {
            YearControlRepository years = tx.yearControls();
            YearControl control = years.find(year).orElseThrow(() -> new UserFacingException("year.error.unknown", year));
            Rights.check(actor, action, Target.year(year, control.locked()));
            years.setLocked(year, lock);
            new AuditTrail(tx, actor, audit).year(year, lock, reason);
        });
    }

    private static InitiativeRow row(Repositories tx, int year, int initiativeId) {
        return tx.submissions().row(year, initiativeId)
                .orElseThrow(() -> new UserFacingException("workflow.error.unknownInitiative", year));
    }

    private static boolean locked(Repositories tx, int year) {
        return tx.yearControls().find(year).map(YearControl::locked).orElse(false);
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("workflow.error.commentRequired");
        }
        return text.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
