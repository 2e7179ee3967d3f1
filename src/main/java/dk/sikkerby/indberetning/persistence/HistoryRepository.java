package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;

import dk.sikkerby.indberetning.domain.DepartmentYear;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.Score;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** An initiative across its years, and the departments' shares of goals met across years. */
public final class HistoryRepository {

    private final DSLContext dsl;

    public HistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The initiative with this id, or else with this name (case does not matter). */
    public Optional<Integer> findInitiative(String idOrName) {
        return dsl.connectionResult(c -> QuickReads.findInitiative(c, idOrName));
    }

    /**
     * Every year the initiative, or a predecessor it was linked to, reported in from {@code fromYear} on,
     * oldest first, with its criteria and the name of that year (in plain JDBC, {@link QuickReads}).
     */
    public Optional<InitiativeHistory> history(int initiativeId, int fromYear) {
        return dsl.connectionResult(c -> QuickReads.history(c, initiativeId, fromYear));
    }

    /** Per department and year: the goals met and assessed over its initiatives, years in order. */
    public Map<String, TreeMap<Integer, DepartmentYear>> departmentYears() {
        Map<String, TreeMap<Integer, DepartmentYear>> result = new TreeMap<>();
        dsl.select(DEPARTMENT.CODE, SUBMISSION.REPORT_YEAR, DSL.sum(SUBMISSION.GOALS_MET), DSL.sum(SUBMISSION.GOALS_TOTAL))
                .from(SUBMISSION)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(SUBMISSION.INITIATIVE_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(SUBMISSION.GOALS_TOTAL.isNotNull())
                .groupBy(DEPARTMENT.CODE, SUBMISSION.REPORT_YEAR)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(),
                        new DepartmentYear(r.value1(), r.value2(), longOf(r.value3()), longOf(r.value4()))));
        return result;
    }

    /** The scores of the latest year before {@code year}, by initiative id (for the table's trend marks). */
    public Map<Integer, Score> previousScores(int year) {
        Integer previous = dsl.select(DSL.max(REPORT_YEAR.REPORT_YEAR_)).from(REPORT_YEAR)
                .where(REPORT_YEAR.REPORT_YEAR_.lt(year)).fetchOne(0, Integer.class);
        Map<Integer, Score> scores = new HashMap<>();
        if (previous == null) {
            return scores;
        }
        dsl.select(SUBMISSION.INITIATIVE_ID, SUBMISSION.GOALS_MET, SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT)
                .from(SUBMISSION).where(SUBMISSION.REPORT_YEAR.eq(previous))
                .forEach(r -> scores.put(r.value1(), Score.fromColumns(r.value2(), r.value3(), r.value4())));
        // a renamed initiative compares with its predecessor's score
        new InitiativeLinkRepository(dsl).all().forEach((successor, predecessor) -> {
            if (!scores.containsKey(successor) && scores.containsKey(predecessor)) {
                scores.put(successor, scores.get(predecessor));
            }
        });
        return scores;
    }

    private static long longOf(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
