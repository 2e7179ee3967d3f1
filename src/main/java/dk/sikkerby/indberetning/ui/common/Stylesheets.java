package dk.sikkerby.indberetning.ui.common;

import java.util.Objects;

/**
 * The app's stylesheets, added to a scene after AtlantaFX's theme (the user-agent stylesheet): first the
 * bridge that defines the Modena colours ControlsFX looks up in AtlantaFX's palette (decision 0800),
 * then the app's own additions.
 */
public final class Stylesheets {

    public static final String CONTROLSFX_BRIDGE = url("controlsfx-bridge.css");
    public static final String APP = url("app.css");

    private Stylesheets() {
    }

    private static String url(String name) {
        return Objects.requireNonNull(Stylesheets.class.getResource("/dk/sikkerby/indberetning/ui/" + name),
                name).toExternalForm();
    }
}
