package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.domain.YearControl;
import dk.sikkerby.indberetning.persistence.TrafficLightRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;

/** The year's traffic-light thresholds: read (the default when none are set) and changed. */
public final class TrafficLightSettings {

    private final Store store;

    public TrafficLightSettings(Store store) {
        this.store = store;
    }

    public TrafficLightThresholds thresholds(int year) {
        return store.direct().trafficLights().find(year).orElse(TrafficLightThresholds.DEFAULT);
    }

    /**
     * Checks and saves the thresholds in one transaction; refuses limits that leave a gap or overlap.
     * They are chosen when exporting, so whoever may export may set them (decision 0508); a locked
     * year keeps its thresholds (saving the same ones again is no change and is allowed).
     */
    public TrafficLightThresholds save(Actor actor, int year, int redMaxPercent, int greenMinPercent) {
        Rights.check(actor, Action.EXPORT, Target.year(year, false));
        if (!TrafficLightThresholds.valid(redMaxPercent, greenMinPercent)) {
            throw new UserFacingException("trafficLights.error.order", redMaxPercent, greenMinPercent);
        }
        TrafficLightThresholds thresholds = new TrafficLightThresholds(redMaxPercent, greenMinPercent);
        store.transaction(tx -> {
            if (tx.years().find(year).isEmpty()) {
                throw new UserFacingException("year.error.unknown", year);
            }
            TrafficLightRepository lights = tx.trafficLights();
            TrafficLightThresholds before = lights.find(year).orElse(TrafficLightThresholds.DEFAULT);
            if (before.equals(thresholds)) {
                return;
            }
            if (tx.yearControls().find(year).map(YearControl::locked).orElse(false)) {
                throw new UserFacingException("workflow.refused.yearLocked", year);
            }
            lights.save(year, thresholds);
            new AuditTrail(tx, actor, AuditAction.EDIT).setUp(year, null, AuditField.TRAFFIC_LIGHTS,
                    limits(before), limits(thresholds));
        });
        return thresholds;
    }

    private static String limits(TrafficLightThresholds t) {
        return t.redMaxPercent() + "/" + t.greenMinPercent();
    }
}
