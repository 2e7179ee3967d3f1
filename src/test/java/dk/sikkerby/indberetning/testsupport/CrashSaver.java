package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import java.util.List;

/**
 * Saves submissions in a loop through the real service, and prints each save the moment it returns:
 * {@code SAVED <initiativeId> <version> <marker>}. The crash test kills this process with SIGKILL.
 */
public final class CrashSaver {

    private CrashSaver() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(DatabaseFile.of(args[0]));
        String run = args[1];
        SubmissionService service = new SubmissionService(database.store());
        System.out.println("READY");
        System.out.flush();
        for (long n = 0; ; n++) {
            List<InitiativeRow> rows = service.loadYear(SampleYear.YEAR).rows();
            InitiativeRow row = rows.get((int) (n % rows.size()));
            String marker = "run " + run + " save " + n;
            SubmissionForm form = new SubmissionForm(String.valueOf(n % 5), "5", false, RichText.plain(marker), RichText.EMPTY);
            Submission saved = service.save(TestActors.administrator(), SampleYear.YEAR, row.initiativeId(), form, row.version());
            System.out.println("SAVED " + row.initiativeId() + " " + saved.version() + " " + marker);
            System.out.flush();
        }
    }
}
