package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.ImportAccount;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.AuditRepository.NewEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the audit rows of one change, on the DSLContext of the change's own transaction, so that the
 * change and its rows are committed or rolled back together. Every row of one trail carries the same
 * moment, {@link #at()}; an import log written with that moment names the file the change came from.
 * Bulk writers ({@link #add}, {@link #flush}) collect rows and insert them in batches.
 */
public final class AuditTrail {

    /** A submission's audited values: score ("2/3", "NR", ""), texts in storage form, and state. */
    public record Snapshot(String score, String departmentNote, String assessment, SubmissionState state) {

        public static final Snapshot NOT_STARTED = new Snapshot(AuditField.scoreValue(Score.missing()),
                RichText.EMPTY.toStorage(), RichText.EMPTY.toStorage(), SubmissionState.NOT_STARTED);

        public static Snapshot of(Submission s) {
            return new Snapshot(AuditField.scoreValue(s.score()), s.departmentNote().toStorage(),
                    s.assessment().toStorage(), s.state());
        }

        /** What was stored, or "not started" when nothing was. */
        public static Snapshot of(Optional<Submission> stored) {
            return stored.map(Snapshot::of).orElse(NOT_STARTED);
        }
    }

    private final AuditRepository audit;
    private final Actor actor;
    private final AuditAction action;
    private final OffsetDateTime at;
    private final List<NewEntry> pending = new ArrayList<>();

    public AuditTrail(Repositories transaction, Actor actor, AuditAction action) {
        this(transaction, actor, action, now());
    }

    /** A trail whose rows all carry {@code at} (the moment of an import, also written to its log). */
    public AuditTrail(Repositories transaction, Actor actor, AuditAction action, OffsetDateTime at) {
        this.audit = transaction.audit();
        this.actor = actor;
        this.action = action;
        this.at = at;
    }

    /** The current time as the database keeps it (microseconds), so that equal moments compare equal. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public OffsetDateTime at() {
        return at;
    }

    /** One row per field that differs between what was stored before ({@code before}) and after. */
    public void changes(InitiativeRow before, Submission after) {
        add(after.year(), after.initiativeId(), Snapshot.of(before.submission()), Snapshot.of(after));
        flush();
    }

    /**
     * Collects the rows of one submission's change (written by {@link #flush}): one per field that
     * differs, and a state row (action "state change") if the state moved.
     */
    public void add(int year, int initiativeId, Snapshot before, Snapshot after) {
        field(year, initiativeId, AuditField.SCORE, before.score(), after.score());
        field(year, initiativeId, AuditField.DEPARTMENT_NOTE, before.departmentNote(), after.departmentNote());
        field(year, initiativeId, AuditField.ASSESSMENT, before.assessment(), after.assessment());
        if (before.state() != after.state()) {
            pending.add(new NewEntry(year, initiativeId, AuditAction.STATE_CHANGE, AuditField.STATE,
                    before.state().name(), after.state().name(), actor.login(), actor.fullName(), at));
        }
    }

    /**
     * Collects one row per success criterion whose place in the list holds something else after the
     * change: "2. text [OUTCOME; MARKER]" before and after, null where there was or is none.
     */
    public void criteria(int year, int initiativeId, List<SuccessCriterion> before, List<SuccessCriterion> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String old = i < before.size() ? (i + 1) + ". " + before.get(i).auditValue() : null;
            String now = i < after.size() ? (i + 1) + ". " + after.get(i).auditValue() : null;
            field(year, initiativeId, AuditField.CRITERION, old, now);
        }
    }

    /** Writes the collected rows in batches; returns how many. */
    public int flush() {
        int count = pending.size();
        if (count == 1) {
            audit.append(pending.get(0));
        } else if (count > 1) {
            audit.appendAll(pending);
        }
        pending.clear();
        return count;
    }

    /**
     * The submissions an import created, accounted for by the stored import run instead of one row per
     * field each (decision 1905): one row of the year per account.
     */
    public void created(int year, List<ImportAccount> accounts) {
        audit.appendAll(accounts.stream().map(a -> new NewEntry(year, null, action, AuditField.IMPORT_RUN, null,
                a.auditValue(), actor.login(), actor.fullName(), at)).toList());
    }

    /** A change to the year itself (lock or unlock), with its reason. */
    public void year(int year, boolean locked, String reason) {
        audit.append(new NewEntry(year, null, action, AuditField.YEAR_LOCKED, String.valueOf(!locked),
                String.valueOf(locked), actor.login(), actor.fullName(), at));
        if (!reason.isEmpty()) {
            audit.append(new NewEntry(year, null, action, AuditField.LOCK_REASON, null, reason, actor.login(),
                    actor.fullName(), at));
        }
    }

    /**
     * A change to the year's set-up (initiative empty) or to an initiative's place in it: written if
     * {@code before} and {@code after} differ (null: there was none).
     */
    public void setUp(int year, Integer initiativeId, AuditField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            audit.append(new NewEntry(year, initiativeId, action, field, before, after, actor.login(),
                    actor.fullName(), at));
        }
    }

    private void field(int year, int id, AuditField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            pending.add(new NewEntry(year, id, action, field, before, after, actor.login(), actor.fullName(), at));
        }
    }
}
