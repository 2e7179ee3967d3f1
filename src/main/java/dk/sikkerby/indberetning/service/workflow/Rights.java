package dk.sikkerby.indberetning.service.workflow;

import static dk.sikkerby.indberetning.domain.Role.ADMINISTRATOR;
import static dk.sikkerby.indberetning.domain.Role.COORDINATOR;
import static dk.sikkerby.indberetning.domain.Role.REVIEWER;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what, on which department's submission, in which state, in an unlocked year. The one
 * place the rules live: services call {@link #check} before they write, screens call {@link #refusal}
 * to show why a control is read-only. The order of the checks is the order of the reasons a user is
 * told: locked year, role, department, state.
 */
public final class Rights {

    private static final Map<Action, Set<Role>> ROLES = Map.ofEntries(
            Map.entry(Action.EDIT_SCORE_AND_NOTE, EnumSet.of(COORDINATOR, ADMINISTRATOR)),
            Map.entry(Action.EDIT_ASSESSMENT, EnumSet.of(REVIEWER, ADMINISTRATOR)),
            Map.entry(Action.SUBMIT, EnumSet.of(COORDINATOR, ADMINISTRATOR)),
            Map.entry(Action.RETURN, EnumSet.of(REVIEWER)),
            Map.entry(Action.APPROVE, EnumSet.of(REVIEWER)),
            Map.entry(Action.REOPEN, EnumSet.of(REVIEWER)),
            Map.entry(Action.COMMENT, EnumSet.of(COORDINATOR, REVIEWER, ADMINISTRATOR)),
            Map.entry(Action.LOCK_YEAR, EnumSet.of(ADMINISTRATOR)),
            Map.entry(Action.UNLOCK_YEAR, EnumSet.of(ADMINISTRATOR)),
            Map.entry(Action.MANAGE_SETUP, EnumSet.of(ADMINISTRATOR)),
            Map.entry(Action.MANAGE_USERS, EnumSet.of(ADMINISTRATOR)),
            Map.entry(Action.EXPORT, EnumSet.of(REVIEWER, ADMINISTRATOR)),
            Map.entry(Action.READ_IN_WORKBOOK, EnumSet.of(COORDINATOR, REVIEWER, ADMINISTRATOR)),
            Map.entry(Action.IMPORT_APPENDIX, EnumSet.of(ADMINISTRATOR)),
            Map.entry(Action.MAKE_TEMPLATES, EnumSet.of(REVIEWER, ADMINISTRATOR)));

    private Rights() {
    }

    /** @throws UserFacingException naming the reason, if {@code actor} may not do {@code action} now */
    public static void check(Actor actor, Action action, Target target) {
        Optional<UserFacingException> refused = refusal(actor, action, target);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    public static boolean allows(Actor actor, Action action, Target target) {
        return refusal(actor, action, target).isEmpty();
    }

    /** Why {@code actor} may not do {@code action} on {@code target}, or empty if they may. */
    public static Optional<UserFacingException> refusal(Actor actor, Action action, Target target) {
        if (target.yearLocked() && action != Action.UNLOCK_YEAR && action != Action.EXPORT) {
            return refuse("workflow.refused.yearLocked", target.year());
        }
        if (!ROLES.get(action).contains(actor.role())) {
            return refuse("workflow.refused.role", new MessageKey(actor.role().key()), new MessageKey(action.key()));
        }
        if (!action.onSubmission()) {
            return yearState(action, target);
        }
        String code = target.department().map(d -> d.code()).orElse("");
        if (actor.role() == COORDINATOR && target.department().map(d -> !actor.reportsFor(d.id())).orElse(true)) {
            return refuse("workflow.refused.otherDepartment", code);
        }
        return submissionState(action, target, code);
    }

    private static Optional<UserFacingException> yearState(Action action, Target target) {
        if (action == Action.UNLOCK_YEAR && !target.yearLocked()) {
            return refuse("workflow.refused.notLocked", target.year());
        }
        return Optional.empty();
    }

    private static Optional<UserFacingException> submissionState(Action action, Target target, String code) {
        SubmissionState state = target.state();
        String since = target.stateSince().map(Times::date).orElse("");
        if (state == SubmissionState.APPROVED && action != Action.REOPEN && action != Action.COMMENT) {
            return refuse("workflow.refused.approved", code, since);
        }
        return switch (action) {
            case EDIT_SCORE_AND_NOTE, READ_IN_WORKBOOK -> state == SubmissionState.SUBMITTED
                    ? refuse("workflow.refused.submitted", code, since) : Optional.empty();
            case SUBMIT -> state == SubmissionState.NOT_STARTED ? refuse("workflow.refused.notStarted")
                    : state == SubmissionState.SUBMITTED ? refuse("workflow.refused.alreadySubmitted", code, since)
                    : Optional.empty();
            case RETURN, APPROVE -> state != SubmissionState.SUBMITTED
                    ? refuse("workflow.refused.notSubmitted", new MessageKey(state.key())) : Optional.empty();
            case REOPEN -> state != SubmissionState.APPROVED
                    ? refuse("workflow.refused.notApproved", new MessageKey(state.key())) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<UserFacingException> refuse(String key, Object... args) {
        return Optional.of(new UserFacingException(key, args));
    }
}
