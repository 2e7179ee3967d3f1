package dk.sikkerby.indberetning.ui.offline;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.offline.TemplateService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;

/**
 * Writing one workbook per department into a folder, in the background, with its progress and a cancel
 * (the main window's status bar shows both). A cancel leaves the folder as it was (decision 0803); the
 * message says what happened in the main window's status line.
 */
public final class TemplatesViewModel {

    private final Messages messages;
    private final Supplier<Background> background;
    private final StringProperty message;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private Background.Work<List<TemplateService.Written>> work;

    /**
     * {@code background}: the open database's worker (asked for when writing starts); {@code message}: where the
     * outcome is told (the main window's status line).
     */
    public TemplatesViewModel(Messages messages, Supplier<Background> background, StringProperty message) {
        this.messages = messages;
        this.background = background;
        this.message = message;
    }

    /** Starts writing the year's workbooks into {@code folder}; does nothing while a run is under way. */
    public void write(TemplateService templates, Actor actor, int year, Path folder) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.unbind();
        progress.set(0);
        message.set(messages.get("offline.templates.writing", year, folder.toString()));
        work = background.get().run(p -> templates.writeAll(actor, year, folder, p), written -> {
            finish(1);
            message.set(messages.get("offline.templates.done", written.size(), folder.toString()));
        }, error -> {
            finish(0);
            message.set(error instanceof Background.CancelledException
                    ? messages.get("offline.templates.cancelled", folder.toString())
                    : ErrorText.of(messages, error));
        });
        if (running.get()) {
            progress.bind(work.progressProperty());
        }
    }

    /** Asks the run under way to stop: no workbook is delivered, and the folder is left as it was. */
    public void cancel() {
        if (running.get() && work != null) {
            work.requestCancel();
            message.set(messages.get("offline.templates.cancelling"));
        }
    }

    private void finish(double done) {
        running.set(false);
        progress.unbind();
        progress.set(done);
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
