package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.TrafficLightRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import org.jooq.DSLContext;

/** The year's traffic-light thresholds: read (the default when none are set) and changed. */
public final class TrafficLightSettings {

    private final DSLContext dsl;

    public TrafficLightSettings(Database database) {
        this(database.dsl());
    }

    public TrafficLightSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    public TrafficLightThresholds thresholds(int year) {
        return new TrafficLightRepository(dsl).find(year).orElse(TrafficLightThresholds.DEFAULT);
    }

    /** Checks and saves the thresholds in one transaction; refuses limits that leave a gap or overlap. */
    public TrafficLightThresholds save(int year, int redMaxPercent, int greenMinPercent) {
        if (!TrafficLightThresholds.valid(redMaxPercent, greenMinPercent)) {
            throw new UserFacingException("trafficLights.error.order", redMaxPercent, greenMinPercent);
        }
        TrafficLightThresholds thresholds = new TrafficLightThresholds(redMaxPercent, greenMinPercent);
        dsl.transaction(cfg -> {
            if (new YearRepository(cfg.dsl()).find(year).isEmpty()) {
                throw new UserFacingException("year.error.unknown", year);
            }
            new TrafficLightRepository(cfg.dsl()).save(year, thresholds);
        });
        return thresholds;
    }
}
