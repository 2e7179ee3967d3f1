package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.service.YearSetupService;
import org.jooq.DSLContext;

/** A small year set up through the service, as a user would set it up on the set-up screen. */
public final class SampleYear {

    public static final int YEAR = 2021;

    private SampleYear() {
    }

    /** 2021 with two categories, three departments and four initiatives; no submissions. */
    public static void create(DSLContext dsl) {
        YearSetupService setup = new YearSetupService(dsl);
        setup.createYear(YEAR, "Bilag 1: Indsatsernes målopfyldelse for 2021", "Covid-19");
        Department sof = setup.addDepartment("SOF", "Socialforvaltningen");
        Department kff = setup.addDepartment("KFF", "Kultur- og Fritidsforvaltningen");
        Department tmf = setup.addDepartment("TMF", "Teknik- og Miljøforvaltningen");
        Category primary = setup.addCategory(YEAR, "PRIMÆR FOREBYGGELSE");
        Category secondary = setup.addCategory(YEAR, "SEKUNDÆR FOREBYGGELSE");
        setup.addInitiative(YEAR, "Idrætssociale Indsatser", kff.id(), primary.id());
        setup.addInitiative(YEAR, "Sjakket", sof.id(), secondary.id());
        setup.addInitiative(YEAR, "Københavnerteamet", sof.id(), secondary.id());
        setup.addInitiative(YEAR, "Green Teams Fritidsjob", tmf.id(), secondary.id());
    }
}
