package dk.sikkerby.indberetning.service.importer;

import static dk.sikkerby.indberetning.persistence.generated.Tables.IMPORTED_SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/** Reads what an import is planned against, through the repositories where they have the query. */
final class ImportStore {

    private ImportStore() {
    }

    static StoredState load(DSLContext dsl, int year) {
        Map<String, Department> departments = new LinkedHashMap<>();
        new DepartmentRepository(dsl).all().forEach(d -> departments.put(d.code(), d));
        Map<String, StoredState.StoredInitiative> initiatives = new HashMap<>();
        dsl.select(INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID).from(INITIATIVE)
                .forEach(r -> initiatives.put(r.value2().toLowerCase(Locale.ROOT),
                        new StoredState.StoredInitiative(r.value1(), r.value2(), r.value3())));
        Map<Integer, InitiativeRow> rows = new HashMap<>();
        new SubmissionRepository(dsl).rows(year).forEach(r -> rows.put(r.initiativeId(), r));
        Map<Long, Integer> imported = new HashMap<>();
        dsl.select(IMPORTED_SUBMISSION.SUBMISSION_ID, IMPORTED_SUBMISSION.VERSION)
                .from(IMPORTED_SUBMISSION).join(SUBMISSION).on(SUBMISSION.ID.eq(IMPORTED_SUBMISSION.SUBMISSION_ID))
                .where(SUBMISSION.REPORT_YEAR.eq(year))
                .forEach(r -> imported.put(r.value1(), r.value2()));
        YearRepository years = new YearRepository(dsl);
        return new StoredState(years.find(year), departments, years.categories(year), initiatives, rows, imported);
    }
}
