package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.DepartmentYear;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeHistory.YearEntry;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        String text = idOrName.strip();
        if (text.matches("[0-9]{1,9}")) {
            Optional<Integer> byId = dsl.select(INITIATIVE.ID).from(INITIATIVE)
                    .where(INITIATIVE.ID.eq(Integer.parseInt(text))).fetchOptional(INITIATIVE.ID);
            if (byId.isPresent()) {
                return byId;
            }
        }
        return dsl.select(INITIATIVE.ID).from(INITIATIVE)
                .where(DSL.lower(INITIATIVE.NAME).eq(text.toLowerCase(Locale.ROOT))).fetchOptional(INITIATIVE.ID);
    }

    /**
     * Every year the initiative, or a predecessor it was linked to, reported in from {@code fromYear} on,
     * oldest first, with its criteria and the name of that year.
     */
    public Optional<InitiativeHistory> history(int initiativeId, int fromYear) {
        var head = dsl.select(INITIATIVE.NAME, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME).from(INITIATIVE)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(INITIATIVE.ID.eq(initiativeId)).fetchOptional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> chain = new InitiativeLinkRepository(dsl).chain(initiativeId);
        Map<Integer, Map<Integer, List<SuccessCriterion>>> criteria = new CriteriaRepository(dsl).forInitiatives(chain);
        List<YearEntry> years = dsl.select(YEAR_INITIATIVE.REPORT_YEAR, REPORT_YEAR.NOTE_LABEL, SUBMISSION.GOALS_MET,
                        SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT, SUBMISSION.DEPARTMENT_NOTE, SUBMISSION.ASSESSMENT,
                        INITIATIVE.ID, INITIATIVE.NAME)
                .from(YEAR_INITIATIVE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(YEAR_INITIATIVE.INITIATIVE_ID))
                .join(REPORT_YEAR).on(REPORT_YEAR.REPORT_YEAR_.eq(YEAR_INITIATIVE.REPORT_YEAR))
                .leftJoin(SUBMISSION).on(SUBMISSION.REPORT_YEAR.eq(YEAR_INITIATIVE.REPORT_YEAR)
                        .and(SUBMISSION.INITIATIVE_ID.eq(YEAR_INITIATIVE.INITIATIVE_ID)))
                .where(YEAR_INITIATIVE.INITIATIVE_ID.in(chain).and(YEAR_INITIATIVE.REPORT_YEAR.ge(fromYear)))
                .orderBy(YEAR_INITIATIVE.REPORT_YEAR, INITIATIVE.ID)
                .fetch(r -> new YearEntry(r.value1(), r.value9(), r.value2(),
                        Score.fromColumns(r.value3(), r.value4(), Boolean.TRUE.equals(r.value5())),
                        criteria.getOrDefault(r.value8(), Map.of()).getOrDefault(r.value1(), List.of()),
                        r.value6() == null ? RichText.EMPTY : RichText.parse(r.value6()),
                        r.value7() == null ? RichText.EMPTY : RichText.parse(r.value7())));
        var h = head.get();
        return Optional.of(new InitiativeHistory(initiativeId, h.value1(),
                new Department(h.value2(), h.value3(), h.value4()), years));
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
