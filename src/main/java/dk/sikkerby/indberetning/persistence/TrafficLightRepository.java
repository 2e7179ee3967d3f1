package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.TRAFFIC_LIGHT_THRESHOLD;

import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import java.util.Optional;
import org.jooq.DSLContext;

/** The year's traffic-light thresholds; a year without its own row uses the default. */
public final class TrafficLightRepository {

    private final DSLContext dsl;

    public TrafficLightRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<TrafficLightThresholds> find(int year) {
        return dsl.selectFrom(TRAFFIC_LIGHT_THRESHOLD)
                .where(TRAFFIC_LIGHT_THRESHOLD.REPORT_YEAR.eq(year))
                .fetchOptional(r -> new TrafficLightThresholds(r.getRedMaxPercent(), r.getGreenMinPercent()));
    }

    public void save(int year, TrafficLightThresholds thresholds) {
        dsl.insertInto(TRAFFIC_LIGHT_THRESHOLD)
                .set(TRAFFIC_LIGHT_THRESHOLD.REPORT_YEAR, year)
                .set(TRAFFIC_LIGHT_THRESHOLD.RED_MAX_PERCENT, thresholds.redMaxPercent())
                .set(TRAFFIC_LIGHT_THRESHOLD.GREEN_MIN_PERCENT, thresholds.greenMinPercent())
                .onDuplicateKeyUpdate()
                .set(TRAFFIC_LIGHT_THRESHOLD.RED_MAX_PERCENT, thresholds.redMaxPercent())
                .set(TRAFFIC_LIGHT_THRESHOLD.GREEN_MIN_PERCENT, thresholds.greenMinPercent())
                .execute();
    }
}
