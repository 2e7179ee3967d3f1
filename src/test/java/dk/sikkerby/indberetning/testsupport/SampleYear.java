package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import org.jooq.DSLContext;

/** A small year set up through the service, as a user would set it up on the set-up screen. */
public final class SampleYear {

    public static final int YEAR = 2021;

    private SampleYear() {
    }

    /** 2021 with two categories, three departments and four initiatives; no submissions. */
    public static void create(DSLContext dsl) {
        YearSetupService setup = new YearSetupService(Store.over(dsl));
        setup.createYear(TestActors.administrator(), YEAR, "Bilag 1: Indsatsernes målopfyldelse for 2021", "Covid-19");
        Department sof = setup.addDepartment(TestActors.administrator(), "SOF", "Socialforvaltningen");
        Department kff = setup.addDepartment(TestActors.administrator(), "KFF", "Kultur- og Fritidsforvaltningen");
        Department tmf = setup.addDepartment(TestActors.administrator(), "TMF", "Teknik- og Miljøforvaltningen");
        Category primary = setup.addCategory(TestActors.administrator(), YEAR, "PRIMÆR FOREBYGGELSE");
        Category secondary = setup.addCategory(TestActors.administrator(), YEAR, "SEKUNDÆR FOREBYGGELSE");
        setup.addInitiative(TestActors.administrator(), YEAR, "Idrætssociale Indsatser", kff.id(), primary.id());
        setup.addInitiative(TestActors.administrator(), YEAR, "Sjakket", sof.id(), secondary.id());
        setup.addInitiative(TestActors.administrator(), YEAR, "Københavnerteamet", sof.id(), secondary.id());
        setup.addInitiative(TestActors.administrator(), YEAR, "Green Teams Fritidsjob", tmf.id(), secondary.id());
    }
}
