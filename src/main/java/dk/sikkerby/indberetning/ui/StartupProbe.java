package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.ui.common.Pulses;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * For start-up measurements: with {@code -Dsikkerby.startupProbe=print} (or {@code =exit}) the app
 * prints {@code SIKKERBY-SHOWN <ms since JVM start>} once the app is ready for the user: the sign-in
 * window laid out over the main window, or, where no one signs in (the installation check), the first
 * year laid out in the main window. With {@code exit} it then quits. Without the property it does nothing.
 */
public final class StartupProbe {

    public static final String PROPERTY = "sikkerby.startupProbe";
    public static final String MARKER = "SIKKERBY-SHOWN";

    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    private StartupProbe() {
    }

    /** The window of {@code scene} is what the user acts on first; prints after its next layout. */
    public static void ready(Scene scene) {
        String mode = System.getProperty(PROPERTY);
        if (mode != null) {
            afterNextLayout(scene, mode);
        }
    }

    public static <T> void watch(Scene scene, ObservableValue<T> firstContent) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        firstContent.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T old, T value) {
                if (value != null) {
                    firstContent.removeListener(this);
                    afterNextLayout(scene, mode);
                }
            }
        });
    }

    /** Prints the marker after the next layout pulse, when what was set is laid out on screen. */
    public static void afterNextLayout(Scene scene, String mode) {
        Pulses.afterNextLayout(scene, () -> {
            if (PRINTED.getAndSet(true)) {
                return;
            }
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(MARKER + " " + ms);
            System.out.flush();
            if ("exit".equals(mode)) {
                Platform.exit();
            }
        });
    }
}
