package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import java.time.Clock;
import java.util.Set;

/**
 * The people of the UI flows, on a real file with the sample year: the test administrator
 * ({@link AppHarness#ADMIN_LOGIN}), Karen, coordinator for SOF, and Rikke of the Sikker By secretariat.
 */
public final class SampleUsers {

    public static final String KAREN = "karen";
    public static final String KAREN_PASSWORD = "karens-kode";
    public static final String RIKKE = "rikke";
    public static final String RIKKE_PASSWORD = "rikkes-kode";

    private SampleUsers() {
    }

    /** Creates the sample year and the three users in {@code file}. */
    public static void create(DatabaseFile file) {
        AppHarness.ensureAdministrator(file);
        try (Database db = TestDatabase.open(file)) {
            SampleYear.create(db.dsl());
            UserService users = new UserService(db.store());
            SignInService signIn = new SignInService(db.store(), Clock.systemUTC());
            Actor admin = signIn.signIn(AppHarness.ADMIN_LOGIN, AppHarness.ADMIN_PASSWORD.toCharArray());
            Department sof = new YearSetupService(db.store()).departments().stream()
                    .filter(d -> d.code().equals("SOF")).findFirst().orElseThrow();
            users.createUser(admin, KAREN, "Karen Koordinator", Role.COORDINATOR, Set.of(sof.id()),
                    KAREN_PASSWORD.toCharArray(), KAREN_PASSWORD.toCharArray());
            users.createUser(admin, RIKKE, "Rikke Reviewer", Role.REVIEWER, Set.of(),
                    RIKKE_PASSWORD.toCharArray(), RIKKE_PASSWORD.toCharArray());
        }
    }
}
