package dk.sikkerby.indberetning.service.smoke;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import java.time.Year;
import java.util.List;

/**
 * The year the smoke test loads: the newest year of the database, or, in a database without years
 * (a fresh one), a one-initiative year set up through {@link YearSetupService} as a user would on
 * the set-up screen, with names from the bundle.
 */
public final class SmokeYear {

    private SmokeYear() {
    }

    /** {@code actor}: the installation check's own actor on a fresh database, else whoever signed in. */
    public static int ensure(Actor actor, SubmissionService submissions, YearSetupService setup, Messages messages) {
        List<YearSummary> years = submissions.years();
        if (!years.isEmpty()) {
            return years.get(0).year().year();
        }
        int year = Year.now().getValue();
        setup.createYear(actor, year, messages.get("smoke.year.title", year), messages.get("smoke.year.noteLabel"));
        String code = messages.get("smoke.department.code");
        Department department = setup.departments().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseGet(() -> setup.addDepartment(actor, code, messages.get("smoke.department.name")));
        Category category = setup.addCategory(actor, year, messages.get("smoke.category.name"));
        setup.addInitiative(actor, year, messages.get("smoke.initiative.name"), department.id(), category.id());
        return year;
    }
}
