package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.main.LiveRowsViewModel;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * On a server, the open window hears the rows others save ({@code OthersSaves}) and shows them
 * ({@link LiveRowsViewModel}), with a notice in the window's corner; stopped when the app closes.
 */
final class LiveRows implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveRows.class.getName());

    private final AutoCloseable listening;

    private LiveRows(AutoCloseable listening) {
        this.listening = listening;
    }

    static LiveRows start(Services services, MainWindow window, Messages messages) {
        LiveRowsViewModel model = new LiveRowsViewModel(messages, window.model(), window.editor(), notice -> {
            String title = messages.get("live.title");
            if (notice.warning()) {
                window.notices().warning(title, notice.text());
            } else {
                window.notices().information(title, notice.text());
            }
        });
        return new LiveRows(services.othersSaves().listen(saved -> Platform.runLater(() -> model.saved(saved)),
                connected -> Platform.runLater(() -> model.connected(connected))));
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (Exception e) {
            LOG.log(Level.INFO, "Listening for others' saves did not stop cleanly.", e);
        }
    }
}
