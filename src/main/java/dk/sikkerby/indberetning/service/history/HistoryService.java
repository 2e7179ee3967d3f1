package dk.sikkerby.indberetning.service.history;

import dk.sikkerby.indberetning.domain.CriteriaChange;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.DepartmentYear;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The years side by side: one initiative's history, the departments' shares of goals met across
 * years, last year's scores for the table's trend marks, and how this year's criteria differ from last
 * year's. Reading only; everyone who may see the year may see its history.
 */
public final class HistoryService {

    private final Store store;

    public HistoryService(Store store) {
        this.store = store;
    }

    /** @throws UserFacingException if no initiative has this id or name */
    public InitiativeHistory history(String idOrName, int fromYear) {
        return store.reads().history(idOrName, fromYear)
                .orElseThrow(() -> new UserFacingException("history.error.unknownInitiative", idOrName.strip()));
    }

    public InitiativeHistory history(int initiativeId) {
        return history(String.valueOf(initiativeId), 0);
    }

    /** Department code, then year: goals met and assessed over the department's initiatives. */
    public Map<String, TreeMap<Integer, DepartmentYear>> departmentYears() {
        return store.direct().history().departmentYears();
    }

    /** The scores of the latest year before {@code year}, by initiative id. */
    public Map<Integer, Score> previousScores(int year) {
        return store.direct().history().previousScores(year);
    }

    /** The criteria of the latest earlier year the initiative reported in (empty if none). */
    public List<SuccessCriterion> lastYearsCriteria(int year, int initiativeId) {
        Map<Integer, List<SuccessCriterion>> byYear = store.direct().criteria()
                .forInitiatives(List.of(initiativeId)).getOrDefault(initiativeId, Map.of());
        return byYear.keySet().stream().filter(y -> y < year).max(Integer::compare)
                .map(byYear::get).orElse(List.of());
    }

    /** What changed in the initiative's criteria against last year: added, removed, reworded, dropped. */
    public List<CriteriaChange> changes(int year, int initiativeId) {
        return CriteriaChange.between(lastYearsCriteria(year, initiativeId),
                store.direct().criteria().find(year, initiativeId));
    }
}
