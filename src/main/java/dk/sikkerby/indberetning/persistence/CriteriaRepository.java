package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.SUCCESS_CRITERION;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The success criteria of each initiative and year, in the department's order. A list is replaced as a
 * whole (the form edits it as a whole); the caller writes the derived score in the same transaction.
 */
public final class CriteriaRepository {

    private final DSLContext dsl;

    public CriteriaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SuccessCriterion> find(int year, int initiativeId) {
        return dsl.selectFrom(SUCCESS_CRITERION)
                .where(SUCCESS_CRITERION.REPORT_YEAR.eq(year).and(SUCCESS_CRITERION.INITIATIVE_ID.eq(initiativeId)))
                .orderBy(SUCCESS_CRITERION.POSITION)
                .fetch(CriteriaRepository::map);
    }

    /** The year's criteria by initiative id; an initiative without criteria is absent. */
    public Map<Integer, List<SuccessCriterion>> forYear(int year) {
        Map<Integer, List<SuccessCriterion>> byInitiative = new HashMap<>();
        dsl.selectFrom(SUCCESS_CRITERION)
                .where(SUCCESS_CRITERION.REPORT_YEAR.eq(year))
                .orderBy(SUCCESS_CRITERION.INITIATIVE_ID, SUCCESS_CRITERION.POSITION)
                .forEach(r -> byInitiative.computeIfAbsent(r.getInitiativeId(), k -> new ArrayList<>()).add(map(r)));
        return byInitiative;
    }

    /** The year's criteria of the given initiatives, by initiative id; an initiative without criteria is absent. */
    public Map<Integer, List<SuccessCriterion>> forYear(int year, Collection<Integer> initiativeIds) {
        Map<Integer, List<SuccessCriterion>> byInitiative = new HashMap<>();
        List<Integer> ids = List.copyOf(initiativeIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            dsl.selectFrom(SUCCESS_CRITERION)
                    .where(SUCCESS_CRITERION.REPORT_YEAR.eq(year)
                            .and(SUCCESS_CRITERION.INITIATIVE_ID.in(ids.subList(from, Math.min(ids.size(), from + 1000)))))
                    .orderBy(SUCCESS_CRITERION.INITIATIVE_ID, SUCCESS_CRITERION.POSITION)
                    .forEach(r -> byInitiative.computeIfAbsent(r.getInitiativeId(), k -> new ArrayList<>()).add(map(r)));
        }
        return byInitiative;
    }

    /** Every year's criteria of the given initiatives: initiative id, then year, then the list in order. */
    public Map<Integer, Map<Integer, List<SuccessCriterion>>> forInitiatives(Collection<Integer> initiativeIds) {
        Map<Integer, Map<Integer, List<SuccessCriterion>>> result = new HashMap<>();
        dsl.selectFrom(SUCCESS_CRITERION)
                .where(SUCCESS_CRITERION.INITIATIVE_ID.in(initiativeIds))
                .orderBy(SUCCESS_CRITERION.INITIATIVE_ID, SUCCESS_CRITERION.REPORT_YEAR, SUCCESS_CRITERION.POSITION)
                .forEach(r -> result.computeIfAbsent(r.getInitiativeId(), k -> new HashMap<>())
                        .computeIfAbsent(r.getReportYear(), k -> new ArrayList<>()).add(map(r)));
        return result;
    }

    /** Replaces the list of one initiative and year (an empty list removes it). */
    public void replace(int year, int initiativeId, List<SuccessCriterion> criteria) {
        dsl.deleteFrom(SUCCESS_CRITERION)
                .where(SUCCESS_CRITERION.REPORT_YEAR.eq(year).and(SUCCESS_CRITERION.INITIATIVE_ID.eq(initiativeId)))
                .execute();
        if (criteria.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(SUCCESS_CRITERION, SUCCESS_CRITERION.REPORT_YEAR,
                SUCCESS_CRITERION.INITIATIVE_ID, SUCCESS_CRITERION.POSITION, SUCCESS_CRITERION.CRITERION_TEXT,
                SUCCESS_CRITERION.OUTCOME, SUCCESS_CRITERION.DROP_REASON, SUCCESS_CRITERION.MARKER,
                SUCCESS_CRITERION.CARRIED_FROM).values((Integer) null, null, null, null, null, null, null, null));
        for (int i = 0; i < criteria.size(); i++) {
            SuccessCriterion c = criteria.get(i).normalised();
            batch.bind(year, initiativeId, i + 1, c.text(), c.outcome() == null ? null : c.outcome().name(),
                    c.isDropped() ? c.dropReason() : null, c.marker().name(),
                    c.carriedFrom().isEmpty() ? null : c.carriedFrom());
        }
        batch.execute();
    }

    static SuccessCriterion map(Record r) {
        String outcome = r.get(SUCCESS_CRITERION.OUTCOME);
        return new SuccessCriterion(r.get(SUCCESS_CRITERION.CRITERION_TEXT),
                outcome == null ? null : CriterionOutcome.valueOf(outcome), r.get(SUCCESS_CRITERION.DROP_REASON),
                CriterionMarker.valueOf(r.get(SUCCESS_CRITERION.MARKER)), r.get(SUCCESS_CRITERION.CARRIED_FROM));
    }
}
