package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.YearRepository;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads what an import is planned against, in the import's transaction. */
final class ImportStore {

    private ImportStore() {
    }

    static StoredState load(Repositories tx, int year) {
        Map<String, Department> departments = new LinkedHashMap<>();
        tx.departments().all().forEach(d -> departments.put(d.code(), d));
        Map<String, StoredState.StoredInitiative> initiatives = new HashMap<>();
        tx.initiatives().all().forEach(i -> initiatives.put(i.name().toLowerCase(Locale.ROOT),
                new StoredState.StoredInitiative(i.id(), i.name(), i.departmentId())));
        Map<Integer, InitiativeRow> rows = new HashMap<>();
        tx.submissions().rows(year).forEach(r -> rows.put(r.initiativeId(), r));
        Map<Long, Integer> imported = tx.importLog().importedVersions(year);
        YearRepository years = tx.years();
        return new StoredState(years.find(year), departments, years.categories(year), initiatives, rows, imported,
                tx.criteria().forYear(year));
    }
}
