package dk.sikkerby.indberetning.app;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.service.offline.OfflineLimits;
import dk.sikkerby.indberetning.service.offline.TemplateService;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.history.InitiativeLinkService;
import java.time.Clock;

/**
 * Every service of the app, each made once, on one open database: what both entry points wire their
 * screens and commands from (the desktop's {@code EarlyStart}, the command line's {@code CliSession}).
 * Nothing else makes a service; screens, view models and commands receive the ones they need.
 *
 * <p>{@code signIn} is the one sign-in service of the process: signing in and changing one's own password
 * share its wrong-password throttle.
 */
public record Services(Database database, SubmissionService submissions, YearSetupService setup,
                       WorkflowService workflow, SignInService signIn, UserService users,
                       TrafficLightSettings trafficLights,
                       ExportService exports, ImportService imports, OfflineExchange offline,
                       HistoryService history, InitiativeLinkService links,
                       ServerUsers serverUsers) {

    /** Builds every service on {@code database}; {@code messages} are the texts written into files. */
    public static Services on(Database database, Messages messages, Clock clock) {
        OfflineLimits.applyToPoi();
        Store store = database.store();
        SubmissionService submissions = new SubmissionService(store);
        YearSetupService setup = new YearSetupService(store);
        TrafficLightSettings trafficLights = new TrafficLightSettings(store);
        TemplateService templates = new TemplateService(store, database.identity(), messages);
        return new Services(database, submissions, setup,
                new WorkflowService(store, submissions),
                new SignInService(store, clock),
                new UserService(store),
                trafficLights,
                new ExportService(submissions, setup, trafficLights, messages),
                new ImportService(store),
                new OfflineExchange(store, database.identity(), templates),
                new HistoryService(store),
                new InitiativeLinkService(store),
                new ServerUsers(store));
    }

    /** The services of the running app, with the system's clock. */
    public static Services on(Database database, Messages messages) {
        return on(database, messages, Clock.systemUTC());
    }
}
