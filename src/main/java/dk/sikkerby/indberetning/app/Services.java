package dk.sikkerby.indberetning.app;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.history.InitiativeLinkService;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.service.offline.OfflineLimits;
import dk.sikkerby.indberetning.service.offline.TemplateService;
import dk.sikkerby.indberetning.service.workflow.OthersSaves;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Every service of the app, each made once, on one open database: what both entry points wire their
 * screens and commands from (the desktop's {@code EarlyStart}, the command line's {@code CliSession}).
 * Nothing else makes a service; screens, view models and commands receive the ones they need.
 *
 * <p>Each service is made when it is first asked for, and then kept (decision 1901): a command that
 * only lists the years does not load the export's, the offline workbooks' or the passwords' libraries.
 * POI's zip limits are set before the first service that reads or writes a workbook exists.
 *
 * <p>{@code signIn} is the one sign-in service of the process: signing in and changing one's own password
 * share its wrong-password throttle.
 */
public final class Services {

    private final Database database;
    private final Store store;
    private final Once<SubmissionService> submissions;
    private final Once<YearSetupService> setup;
    private final Once<WorkflowService> workflow;
    private final Once<SignInService> signIn;
    private final Once<UserService> users;
    private final Once<TrafficLightSettings> trafficLights;
    private final Once<ExportService> exports;
    private final Once<ImportService> imports;
    private final Once<OfflineExchange> offline;
    private final Once<HistoryService> history;
    private final Once<InitiativeLinkService> links;
    private final Once<ServerUsers> serverUsers;
    private final Once<OthersSaves> othersSaves;

    private Services(Database database, Messages messages, Clock clock) {
        this.database = database;
        this.store = database.store();
        submissions = new Once<>(() -> new SubmissionService(store));
        setup = new Once<>(() -> new YearSetupService(store));
        workflow = new Once<>(() -> new WorkflowService(store, submissions.get()));
        signIn = new Once<>(() -> new SignInService(store, clock));
        users = new Once<>(() -> new UserService(store));
        trafficLights = new Once<>(() -> new TrafficLightSettings(store));
        history = new Once<>(() -> new HistoryService(store));
        exports = new Once<>(() -> {
            OfflineLimits.applyToPoi();
            return new ExportService(submissions.get(), setup.get(), trafficLights.get(), history.get(), messages);
        });
        imports = new Once<>(() -> new ImportService(store));
        offline = new Once<>(() -> {
            OfflineLimits.applyToPoi();
            return new OfflineExchange(store, database.identity(), new TemplateService(store, database.identity(), messages));
        });
        links = new Once<>(() -> new InitiativeLinkService(store));
        serverUsers = new Once<>(() -> new ServerUsers(store));
        othersSaves = new Once<>(() -> new OthersSaves(store, database.server()));
    }

    /** The services on {@code database}; {@code messages} are the texts written into files. */
    public static Services on(Database database, Messages messages, Clock clock) {
        return new Services(database, messages, clock);
    }

    /** The services of the running app, with the system's clock. */
    public static Services on(Database database, Messages messages) {
        return on(database, messages, Clock.systemUTC());
    }

    public Database database() {
        return database;
    }

    public SubmissionService submissions() {
        return submissions.get();
    }

    public YearSetupService setup() {
        return setup.get();
    }

    public WorkflowService workflow() {
        return workflow.get();
    }

    public SignInService signIn() {
        return signIn.get();
    }

    public UserService users() {
        return users.get();
    }

    public TrafficLightSettings trafficLights() {
        return trafficLights.get();
    }

    public ExportService exports() {
        return exports.get();
    }

    public ImportService imports() {
        return imports.get();
    }

    public OfflineExchange offline() {
        return offline.get();
    }

    public HistoryService history() {
        return history.get();
    }

    public InitiativeLinkService links() {
        return links.get();
    }

    public ServerUsers serverUsers() {
        return serverUsers.get();
    }

    /** What other desks save on a server (nothing on a file). */
    public OthersSaves othersSaves() {
        return othersSaves.get();
    }

    /** A service made on first use, by whichever thread asks first, and the same one ever after. */
    private static final class Once<T> implements Supplier<T> {
        private Supplier<T> make;
        private T made;

        Once(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (made == null) {
                made = make.get();
                make = null;
            }
            return made;
        }
    }
}
