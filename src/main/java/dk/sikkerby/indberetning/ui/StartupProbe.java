package dk.sikkerby.indberetning.ui;

import javafx.scene.Scene;

/**
 * With {@code -Dsikkerby.startupProbe=true}, prints {@link #MARKER} on standard output once the main
 * window's scene has been laid out for its first frame. The start-up benchmark ({@code bench/startup})
 * waits for this line; without the property nothing is printed.
 */
public final class StartupProbe {

    public static final String PROPERTY = "sikkerby.startupProbe";
    public static final String MARKER = "sikkerby.startup: main window shown";

    private StartupProbe() {
    }

    public static void reportWhenShown(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println(MARKER);
                System.out.flush();
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
