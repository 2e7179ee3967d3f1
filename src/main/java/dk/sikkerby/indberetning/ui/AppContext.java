package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.SubmissionService;
import dk.sikkerby.indberetning.service.YearSetupService;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.ui.common.Background;

/**
 * What the screens are built from, made once at start-up by {@link SikkerByApp} (the composition
 * root): the messages, the open database with its one DSLContext, the services, the worker, and the
 * signed-in user.
 */
public record AppContext(Messages messages, Settings settings, Database database, Background background,
                         SubmissionService submissions, YearSetupService setup, WorkflowService workflow,
                         Actor actor, HistoryService history) {

    /** {@code actor}: the user who signed in; every action of this window is theirs. */
    public static AppContext create(Messages messages, Settings settings, Database database, Background background,
                                    Actor actor) {
        return new AppContext(messages, settings, database, background,
                new SubmissionService(database.dsl()), new YearSetupService(database.dsl()),
                new WorkflowService(database.dsl()), actor, new HistoryService(database.dsl()));
    }
}
