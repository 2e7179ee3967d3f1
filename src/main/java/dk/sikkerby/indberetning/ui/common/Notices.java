package dk.sikkerby.indberetning.ui.common;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Notices (ControlsFX {@code Notifications}) for what happens outside the user's own hands: a returned
 * workbook applied, a save that failed and was kept as a draft. They appear in a corner of the main
 * window and go by themselves; the status bar keeps the same sentence.
 */
public final class Notices {

    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final Window owner;

    public Notices(Window owner) {
        this.owner = owner;
    }

    public void information(String title, String text) {
        notice(title, text).showInformation();
    }

    public void warning(String title, String text) {
        notice(title, text).showWarning();
    }

    private Notifications notice(String title, String text) {
        return Notifications.create().owner(owner).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR);
    }
}
