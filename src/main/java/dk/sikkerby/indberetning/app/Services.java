package dk.sikkerby.indberetning.app;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.SubmissionService;
import dk.sikkerby.indberetning.service.YearSetupService;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import java.time.Clock;

/**
 * Every service of the app, each made once, on one open database: what both entry points wire their
 * screens and commands from (the desktop's {@code EarlyStart}, the command line's {@code CliSession}).
 * Nothing else makes a service; screens, view models and commands receive the ones they need.
 *
 * <p>{@code users} is the one user service of the process: signing in, changing one's own password and
 * managing users share its wrong-password throttle.
 */
public record Services(Database database, SubmissionService submissions, YearSetupService setup,
                       WorkflowService workflow, UserService users, TrafficLightSettings trafficLights,
                       ExportService exports, ImportService imports, OfflineExchange offline,
                       ServerUsers serverUsers) {

    /** Builds every service on {@code database}; {@code messages} are the texts written into files. */
    public static Services on(Database database, Messages messages, Clock clock) {
        SubmissionService submissions = new SubmissionService(database.dsl());
        YearSetupService setup = new YearSetupService(database.dsl());
        TrafficLightSettings trafficLights = new TrafficLightSettings(database.dsl());
        return new Services(database, submissions, setup,
                new WorkflowService(database.dsl()),
                new UserService(database.dsl(), clock),
                trafficLights,
                new ExportService(database.dsl(), messages),
                new ImportService(database.dsl()),
                new OfflineExchange(database, messages),
                new ServerUsers(database.dsl()));
    }

    /** The services of the running app, with the system's clock. */
    public static Services on(Database database, Messages messages) {
        return on(database, messages, Clock.systemUTC());
    }
}
