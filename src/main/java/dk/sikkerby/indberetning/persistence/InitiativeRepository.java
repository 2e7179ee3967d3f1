package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Initiatives (identity across years) and their place in a year's set-up. */
public final class InitiativeRepository {

    private final DSLContext dsl;

    public InitiativeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An initiative as stored: its id, name and department. */
    public record Stored(int id, String name, int departmentId) {
    }

    /** An initiative's place in a year: under which category, at which position. */
    public record Place(int initiativeId, int categoryId, int position) {
    }

    /** A new initiative: its name and department. */
    public record New(String name, int departmentId) {
    }

    /** Every initiative, of every year. */
    public List<Stored> all() {
        return dsl.select(INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID).from(INITIATIVE)
                .fetch(r -> new Stored(r.value1(), r.value2(), r.value3()));
    }

    /** Inserts initiatives in one batch (an import's). */
    public void insertAll(List<New> initiatives) {
        if (initiatives.isEmpty()) {
            return;
        }
        JdbcBatch.execute(dsl, dsl.insertInto(INITIATIVE, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID)
                .values((String) null, null), initiatives, (v, i) -> v.text(i.name()).integer(i.departmentId()));
    }

    /** Puts initiatives that are not in the year's table yet into it, in one batch. */
    public void placeAllInYear(int year, List<Place> places) {
        if (places.isEmpty()) {
            return;
        }
        JdbcBatch.execute(dsl, dsl.insertInto(YEAR_INITIATIVE, YEAR_INITIATIVE.REPORT_YEAR,
                YEAR_INITIATIVE.INITIATIVE_ID, YEAR_INITIATIVE.CATEGORY_ID, YEAR_INITIATIVE.POSITION)
                .values((Integer) null, null, null, null), places,
                (v, p) -> v.integer(year).integer(p.initiativeId()).integer(p.categoryId()).integer(p.position()));
    }

    /** Moves initiatives already in the year's table to other categories or positions, in one batch. */
    public void moveAllInYear(int year, List<Place> places) {
        if (places.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.update(YEAR_INITIATIVE)
                .set(YEAR_INITIATIVE.CATEGORY_ID, (Integer) null).set(YEAR_INITIATIVE.POSITION, (Integer) null)
                .where(YEAR_INITIATIVE.REPORT_YEAR.eq((Integer) null).and(YEAR_INITIATIVE.INITIATIVE_ID.eq((Integer) null))));
        places.forEach(p -> batch.bind(p.categoryId(), p.position(), year, p.initiativeId()));
        batch.execute();
    }

    public int insert(String name, int departmentId) {
        return dsl.insertInto(INITIATIVE, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID)
                .values(name, departmentId).returning(INITIATIVE.ID).fetchOne(INITIATIVE.ID);
    }

    public Optional<Integer> findByName(String name) {
        return dsl.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.NAME.eq(name)).fetchOptional(INITIATIVE.ID);
    }

    public void update(int id, String name, int departmentId) {
        dsl.update(INITIATIVE)
                .set(INITIATIVE.NAME, name)
                .set(INITIATIVE.DEPARTMENT_ID, departmentId)
                .where(INITIATIVE.ID.eq(id))
                .execute();
    }

    /** Puts an initiative into a year's table (or moves it there), under a category and at a position. */
    public void placeInYear(int year, int initiativeId, int categoryId, int position) {
        int updated = dsl.update(YEAR_INITIATIVE)
                .set(YEAR_INITIATIVE.CATEGORY_ID, categoryId)
                .set(YEAR_INITIATIVE.POSITION, position)
                .where(YEAR_INITIATIVE.REPORT_YEAR.eq(year).and(YEAR_INITIATIVE.INITIATIVE_ID.eq(initiativeId)))
                .execute();
        if (updated == 0) {
            dsl.insertInto(YEAR_INITIATIVE, YEAR_INITIATIVE.REPORT_YEAR, YEAR_INITIATIVE.INITIATIVE_ID,
                            YEAR_INITIATIVE.CATEGORY_ID, YEAR_INITIATIVE.POSITION)
                    .values(year, initiativeId, categoryId, position)
                    .execute();
        }
    }

    /** Copies a year's initiatives, positions and categories (mapped old id to new id) to another year. */
    public void copyYear(int fromYear, int toYear, Map<Integer, Integer> categoryIds) {
        if (categoryIds.isEmpty()) {
            return;
        }
        dsl.insertInto(YEAR_INITIATIVE, YEAR_INITIATIVE.REPORT_YEAR, YEAR_INITIATIVE.INITIATIVE_ID,
                        YEAR_INITIATIVE.CATEGORY_ID, YEAR_INITIATIVE.POSITION)
                .select(dsl.select(DSL.val(toYear), YEAR_INITIATIVE.INITIATIVE_ID,
                                DSL.case_(YEAR_INITIATIVE.CATEGORY_ID).mapValues(categoryIds), YEAR_INITIATIVE.POSITION)
                        .from(YEAR_INITIATIVE).where(YEAR_INITIATIVE.REPORT_YEAR.eq(fromYear)))
                .execute();
    }
}
