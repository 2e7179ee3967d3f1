package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 2022 set up by hand after {@link SampleYear}: Sjakket renamed "Sjakket Gadeplan", Green Teams' job
 * renamed "Green Teams Sommerjob", Københavnerteamet continued, one truly new initiative ("Helt andet
 * projekt", SOF), and Idrætssociale Indsatser gone. Nothing linked.
 */
public final class RenamedYear {

    public static final int YEAR = 2022;

    private RenamedYear() {
    }

    public static void create(Store store) {
        YearSetupService setup = new YearSetupService(store);
        setup.createYear(TestActors.administrator(), YEAR, "Bilag 1: Indsatsernes målopfyldelse for 2022", "Bemærkning");
        Map<String, Integer> departments = setup.departments().stream()
                .collect(Collectors.toMap(Department::code, Department::id));
        Category category = setup.addCategory(TestActors.administrator(), YEAR, "SEKUNDÆR FOREBYGGELSE");
        for (String[] row : new String[][] {{"Sjakket Gadeplan", "SOF"}, {"Københavnerteamet", "SOF"},
                {"Green Teams Sommerjob", "TMF"}, {"Helt andet projekt", "SOF"}}) {
            setup.addInitiative(TestActors.administrator(), YEAR, row[0], departments.get(row[1]), category.id());
        }
    }
}
