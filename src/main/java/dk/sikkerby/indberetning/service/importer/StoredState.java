package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the database holds that an import of one year is planned against.
 *
 * @param initiatives      every initiative (all years) by its name in lower case
 * @param rows             the year's rows by initiative id
 * @param importedVersions for the year's submissions an import wrote: submission id to the version it wrote
 * @param criteria         the year's listed success criteria by initiative id (absent: none listed)
 */
record StoredState(Optional<ReportYear> year, Map<String, Department> departments, List<Category> categories,
                   Map<String, StoredInitiative> initiatives, Map<Integer, InitiativeRow> rows,
                   Map<Long, Integer> importedVersions, Map<Integer, List<SuccessCriterion>> criteria) {

    /** An initiative as stored: identity and department, whatever years it reports in. */
    record StoredInitiative(int id, String name, int departmentId) {
    }
}
