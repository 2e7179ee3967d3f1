package dk.sikkerby.indberetning.ui.offline;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.offline.ApplyResult;
import dk.sikkerby.indberetning.service.offline.Expectation;
import dk.sikkerby.indberetning.service.offline.FilePlan;
import dk.sikkerby.indberetning.service.offline.ImportPreview;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.offline.PreviewText;
import dk.sikkerby.indberetning.service.offline.Resolution;
import dk.sikkerby.indberetning.service.offline.RowPlan;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The preview of returned workbooks: reads and checks the files in the background, lists each row
 * with its status and the findings by sheet and cell, holds the user's choice for each conflict, and
 * writes only when asked, once every conflict has a choice.
 */
public final class ImportPreviewViewModel {

    private final Messages messages;
    private final OfflineExchange exchange;
    private final Actor actor;
    private final Background background;
    private final PreviewText text;

    private final ObservableList<PreviewItem> rows = FXCollections.observableArrayList();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final IntegerProperty choices = new SimpleIntegerProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private Background.Work<ImportPreview> readingWork;
    private final BooleanProperty applied = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canApply;
    private final StringBinding summary;

    /** {@code actor}: who reads the workbooks in; what they may not write shows as findings. */
    public ImportPreviewViewModel(Messages messages, OfflineExchange exchange, Actor actor, Background background) {
        this.actor = actor;
        this.messages = messages;
        this.exchange = exchange;
        this.background = background;
        this.text = new PreviewText(messages);
        canApply = Bindings.createBooleanBinding(() -> !working.get() && !applied.get() && preview.get() != null
                && unresolved() == 0 && writes() > 0, working, applied, preview, choices);
        summary = Bindings.createStringBinding(() -> preview.get() == null ? "" : messages.get("offline.import.summary",
                writes(), unresolved(), preview.get().files().stream().filter(FilePlan::refused).count()), preview, choices);
    }

    /** Reads the files in the background; the year is the one the user works in (null: any). */
    public void load(List<Path> files, Integer year) {
        working.set(true);
        applied.set(false);
        reading.set(true);
        message.set(messages.get("offline.import.reading", files.size()));
        Background.Work<ImportPreview> task = background.run(
                done -> exchange.preview(actor, files, new Expectation(year, null), done), this::show, this::fail);
        readingWork = task;
        if (reading.get()) {
            progress.bind(task.progressProperty());
        }
    }

    /**
     * Stops the reading under way at the next file: no preview is shown and nothing can be applied. Reading
     * writes nothing, so the database stays exactly as it was. Once the preview is shown there is nothing to
     * stop (applying is one transaction the user asked for).
     */
    public void cancel() {
        if (reading.get() && readingWork != null) {
            readingWork.requestCancel();
            message.set(messages.get("offline.import.cancelling"));
        }
    }

    private void show(ImportPreview loaded) {
        reading.set(false);
        progress.unbind();
        progress.set(1);
        findings.clear();
        rows.clear();
        for (FilePlan file : loaded.files()) {
            findings.add(text.file(file));
            text.findings(file).forEach(f -> findings.add("  " + f));
            for (RowPlan row : file.rows()) {
                PreviewItem item = new PreviewItem(file, row, text);
                item.resolutionProperty().addListener((o, a, b) -> choices.set(choices.get() + 1));
                rows.add(item);
            }
        }
        preview.set(loaded);
        working.set(false);
        message.set("");
    }

    /** Settles the given rows' conflicts one way; rows that are not conflicts are left alone. */
    public void resolve(List<PreviewItem> items, Resolution resolution) {
        items.stream().filter(PreviewItem::isConflict).forEach(i -> i.resolutionProperty().set(resolution));
    }

    /** Writes the preview in one transaction; {@code onApplied} runs after a successful write. */
    public void apply(Runnable onApplied) {
        if (!canApply.get()) {
            return;
        }
        Map<RowPlan.Key, Resolution> resolutions = new HashMap<>();
        rows.stream().filter(i -> i.resolutionProperty().get() != null)
                .forEach(i -> resolutions.put(i.row().key(), i.resolutionProperty().get()));
        working.set(true);
        background.run(() -> exchange.apply(actor, preview.get(), resolutions), (ApplyResult result) -> {
            working.set(false);
            applied.set(true);
            message.set(messages.get("offline.import.done", result.written(), result.files(), result.kept()));
            onApplied.run();
        }, this::fail);
    }

    private void fail(Throwable error) {
        progress.unbind();
        working.set(false);
        boolean cancelled = reading.get() && error instanceof Background.CancelledException;
        reading.set(false);
        message.set(cancelled ? messages.get("offline.import.cancelled") : ErrorText.of(messages, error));
    }

    private long unresolved() {
        return rows.stream().filter(i -> i.isConflict() && i.resolutionProperty().get() == null).count();
    }

    private long writes() {
        return rows.stream().filter(i -> i.row().writes(i.resolutionProperty().get())).count();
    }

    public String resolutionText(Resolution resolution) {
        return text.resolution(resolution);
    }

    public ObservableList<PreviewItem> rows() {
        return rows;
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public BooleanBinding canApply() {
        return canApply;
    }

    public StringBinding summary() {
        return summary;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    /** True while the files are being read (the cancel button shows). */
    public BooleanProperty readingProperty() {
        return reading;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
