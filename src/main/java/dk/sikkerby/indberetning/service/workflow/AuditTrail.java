package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.AuditRepository.NewEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Writes the audit rows of one change, on the DSLContext of the change's own transaction, so that the
 * change and its rows are committed or rolled back together.
 */
public final class AuditTrail {

    private final AuditRepository audit;
    private final Actor actor;
    private final AuditAction action;
    private final OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);

    public AuditTrail(DSLContext transaction, Actor actor, AuditAction action) {
        this.audit = new AuditRepository(transaction);
        this.actor = actor;
        this.action = action;
    }

    /** One row per field that differs between what was stored before ({@code before}) and after. */
    public void changes(InitiativeRow before, Submission after) {
        int year = after.year();
        int id = after.initiativeId();
        field(year, id, AuditField.SCORE, AuditField.scoreValue(before.score()), AuditField.scoreValue(after.score()));
        field(year, id, AuditField.DEPARTMENT_NOTE, before.departmentNote().toStorage(),
                after.departmentNote().toStorage());
        field(year, id, AuditField.ASSESSMENT, before.assessment().toStorage(), after.assessment().toStorage());
        SubmissionState from = before.state();
        if (from != after.state()) {
            audit.append(new NewEntry(year, id, AuditAction.STATE_CHANGE, AuditField.STATE, from.name(),
                    after.state().name(), actor.login(), actor.fullName(), at));
        }
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

    private void field(int year, int id, AuditField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            audit.append(new NewEntry(year, id, action, field, before, after, actor.login(), actor.fullName(), at));
        }
    }
}
