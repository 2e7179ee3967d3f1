package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.service.offline.OfflineLimits;
import dk.sikkerby.indberetning.service.offline.TemplateService;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.service.year.YearSetupService;

/** Services that need others, wired for a test as the composition root wires them. */
public final class TestServices {

    private TestServices() {
    }

    public static WorkflowService workflow(Store store) {
        return new WorkflowService(store, new SubmissionService(store));
    }

    public static ExportService exports(Store store, Messages messages) {
        return new ExportService(new SubmissionService(store), new YearSetupService(store),
                new TrafficLightSettings(store), messages);
    }

    /** As the composition root makes it, after setting POI's zip limits as the root does at start-up. */
    public static OfflineExchange offline(Database database, Messages messages) {
        OfflineLimits.applyToPoi();
        return new OfflineExchange(database.store(), database.identity(),
                new TemplateService(database.store(), database.identity(), messages));
    }
}
