package dk.sikkerby.indberetning.ui.common;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.service.year.YearSetupService;

/**
 * What the screens are built from once someone has signed in: the messages, the settings, the app's
 * services (made once by the composition root, {@link Services}), the worker, and the signed-in user.
 */
public record AppContext(Messages messages, Settings settings, Services services, Background background,
                         Actor actor) {

    public SubmissionService submissions() {
        return services.submissions();
    }

    public YearSetupService setup() {
        return services.setup();
    }

    public WorkflowService workflow() {
        return services.workflow();
    }

    public HistoryService history() {
        return services.history();
    }
}
