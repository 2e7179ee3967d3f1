package dk.sikkerby.indberetning.domain;

/** How the secretariat colours a score ("scoret rød / gul / grøn"). */
public enum TrafficLight {
    RED, YELLOW, GREEN
}
