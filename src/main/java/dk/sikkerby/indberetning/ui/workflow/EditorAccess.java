package dk.sikkerby.indberetning.ui.workflow;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The editor asks the same {@link Rights} the services enforce, to show a row read-only and say why. */
public final class EditorAccess implements EditorViewModel.Access {

    private final Messages messages;
    private final Actor actor;
    private final BooleanSupplier yearLocked;

    public EditorAccess(Messages messages, Actor actor, BooleanSupplier yearLocked) {
        this.messages = messages;
        this.actor = actor;
        this.yearLocked = yearLocked;
    }

    @Override
    public Optional<String> departmentFieldsRefusal(InitiativeRow row) {
        return why(row, Action.EDIT_SCORE_AND_NOTE);
    }

    @Override
    public Optional<String> assessmentRefusal(InitiativeRow row) {
        return why(row, Action.EDIT_ASSESSMENT);
    }

    /** A refusal by role is the normal case (a reviewer never types a score): read-only, no sentence. */
    private Optional<String> why(InitiativeRow row, Action action) {
        return Rights.refusal(actor, action, Target.row(row, yearLocked.getAsBoolean()))
                .map(e -> e.key().equals("workflow.refused.role") ? "" : ErrorText.of(messages, e));
    }
}
