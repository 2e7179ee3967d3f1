package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.CATEGORY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.or;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.YearSummary;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Report years and their categories. */
public final class YearRepository {

    private final DSLContext dsl;

    public YearRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every year, newest first, with how many initiatives report and how many have a score. */
    public List<YearSummary> summaries() {
        var scored = count().filterWhere(or(SUBMISSION.NOT_RELEVANT.isTrue(), SUBMISSION.GOALS_MET.isNotNull()));
        return dsl.select(REPORT_YEAR.REPORT_YEAR_, REPORT_YEAR.TITLE, REPORT_YEAR.NOTE_LABEL,
                        countDistinct(YEAR_INITIATIVE.INITIATIVE_ID), scored)
                .from(REPORT_YEAR)
                .leftJoin(YEAR_INITIATIVE).on(YEAR_INITIATIVE.REPORT_YEAR.eq(REPORT_YEAR.REPORT_YEAR_))
                .leftJoin(SUBMISSION).on(SUBMISSION.REPORT_YEAR.eq(YEAR_INITIATIVE.REPORT_YEAR)
                        .and(SUBMISSION.INITIATIVE_ID.eq(YEAR_INITIATIVE.INITIATIVE_ID)))
                .groupBy(REPORT_YEAR.REPORT_YEAR_, REPORT_YEAR.TITLE, REPORT_YEAR.NOTE_LABEL)
                .orderBy(REPORT_YEAR.REPORT_YEAR_.desc())
                .fetch(r -> new YearSummary(new ReportYear(r.value1(), r.value2(), r.value3()), r.value4(), r.value5()));
    }

    /** The years set up, oldest first: what a caller asks that needs no counts (the summaries read every submission). */
    public List<Integer> years() {
        return dsl.select(REPORT_YEAR.REPORT_YEAR_).from(REPORT_YEAR).orderBy(REPORT_YEAR.REPORT_YEAR_)
                .fetch(REPORT_YEAR.REPORT_YEAR_);
    }

    public Optional<ReportYear> find(int year) {
        return dsl.selectFrom(REPORT_YEAR).where(REPORT_YEAR.REPORT_YEAR_.eq(year))
                .fetchOptional(r -> new ReportYear(r.getReportYear(), r.getTitle(), r.getNoteLabel()));
    }

    public void insert(ReportYear year) {
        dsl.insertInto(REPORT_YEAR, REPORT_YEAR.REPORT_YEAR_, REPORT_YEAR.TITLE, REPORT_YEAR.NOTE_LABEL)
                .values(year.year(), year.title(), year.noteLabel())
                .execute();
    }

    public void update(ReportYear year) {
        dsl.update(REPORT_YEAR)
                .set(REPORT_YEAR.TITLE, year.title())
                .set(REPORT_YEAR.NOTE_LABEL, year.noteLabel())
                .where(REPORT_YEAR.REPORT_YEAR_.eq(year.year()))
                .execute();
    }

    public List<Category> categories(int year) {
        return dsl.selectFrom(CATEGORY).where(CATEGORY.REPORT_YEAR.eq(year))
                .orderBy(CATEGORY.POSITION, CATEGORY.ID)
                .fetch(YearRepository::mapCategory);
    }

    public Category insertCategory(int year, String name, int position) {
        int id = dsl.insertInto(CATEGORY, CATEGORY.REPORT_YEAR, CATEGORY.NAME, CATEGORY.POSITION)
                .values(year, name, position).returning(CATEGORY.ID).fetchOne(CATEGORY.ID);
        return new Category(id, year, name, position);
    }

    public void updateCategory(Category category) {
        dsl.update(CATEGORY)
                .set(CATEGORY.NAME, category.name())
                .set(CATEGORY.POSITION, category.position())
                .where(CATEGORY.ID.eq(category.id()))
                .execute();
    }

    static Category mapCategory(Record r) {
        return new Category(r.get(CATEGORY.ID), r.get(CATEGORY.REPORT_YEAR), r.get(CATEGORY.NAME), r.get(CATEGORY.POSITION));
    }
}
