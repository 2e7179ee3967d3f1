package dk.sikkerby.indberetning.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for what was just put in a scene to be laid out (and so, drawn next). */
public final class Pulses {

    private Pulses() {
    }

    /** Runs {@code action} once, right after the next layout pulse of {@code scene}; asks for that pulse. */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
