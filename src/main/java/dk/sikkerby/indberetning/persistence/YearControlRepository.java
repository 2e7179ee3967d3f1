package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;

import dk.sikkerby.indberetning.domain.YearControl;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;

/** A year's lock, deadline and visibility setting. */
public final class YearControlRepository {

    private final DSLContext dsl;

    public YearControlRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<YearControl> find(int year) {
        return dsl.selectFrom(REPORT_YEAR).where(REPORT_YEAR.REPORT_YEAR_.eq(year))
                .fetchOptional(r -> new YearControl(r.getReportYear(), r.getLocked(),
                        Optional.ofNullable(r.getDeadline()), r.getCoordinatorsSeeAll()));
    }

    /** Locks (read-only for everyone) or unlocks the year. */
    public void setLocked(int year, boolean locked) {
        dsl.update(REPORT_YEAR).set(REPORT_YEAR.LOCKED, locked).where(REPORT_YEAR.REPORT_YEAR_.eq(year)).execute();
    }

    public void setDeadline(int year, LocalDate deadline) {
        dsl.update(REPORT_YEAR).set(REPORT_YEAR.DEADLINE, deadline).where(REPORT_YEAR.REPORT_YEAR_.eq(year)).execute();
    }

    public void setCoordinatorsSeeAll(int year, boolean seeAll) {
        dsl.update(REPORT_YEAR).set(REPORT_YEAR.COORDINATORS_SEE_ALL, seeAll)
                .where(REPORT_YEAR.REPORT_YEAR_.eq(year)).execute();
    }
}
