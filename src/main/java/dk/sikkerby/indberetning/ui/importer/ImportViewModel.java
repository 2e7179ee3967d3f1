package dk.sikkerby.indberetning.ui.importer;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.importer.BundledExample;
import dk.sikkerby.indberetning.service.importer.ImportResult;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.importer.ImportTexts;
import dk.sikkerby.indberetning.service.importer.Outcome;
import dk.sikkerby.indberetning.service.importer.TextReport;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state and commands: the file and year, the preview (what will be created and
 * changed, every finding), and the confirmation, which applies exactly the previewed plan. Nothing is
 * written before the user confirms; reading and writing run through {@link Background}.
 */
public final class ImportViewModel {

    private final Messages messages;
    private final ImportTexts texts;
    private final ImportService service;
    private final Actor actor;
    private final Background background;
    private final IntConsumer onImported;

    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    /** The example the app ships, while the file field names it; a file typed or chosen replaces it. */
    private final ObjectProperty<BundledExample> example = new SimpleObjectProperty<>();
    private final BooleanProperty replace = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportResult> preview = new SimpleObjectProperty<>();
    private final ObservableList<String> planLines = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    /** The reading or writing under way, which {@link #cancel} stops. */
    private Background.Work<?> running;
    private final BooleanBinding canPreview;
    private final BooleanBinding canImport;
    private final BooleanBinding replaceNeeded;

    /** {@code actor}: who imports; the service refuses anyone but an administrator. */
    public ImportViewModel(Messages messages, ImportService service, Actor actor, Background background,
                           IntConsumer onImported) {
        this.messages = messages;
        this.actor = actor;
        this.texts = new ImportTexts(messages);
        this.service = service;
        this.background = background;
        this.onImported = onImported;
        status.set(messages.get("importer.status.start"));
        canPreview = Bindings.createBooleanBinding(() -> !file.get().isBlank() && !working.get(), file, working);
        canImport = Bindings.createBooleanBinding(() -> !working.get() && preview.get() != null
                && preview.get().canApply(replace.get()), preview, replace, working);
        replaceNeeded = Bindings.createBooleanBinding(() -> preview.get() != null
                && preview.get().plan().map(p -> p.needsReplace()).orElse(false), preview);
        file.addListener((o, a, b) -> {
            example.set(null);
            forgetPreview();
        });
        year.addListener((o, a, b) -> forgetPreview());
    }

    /**
     * Chooses an example the app ships instead of a file ("Load the 2021 example"); the preview, the
     * findings and the import are those of a file, recorded under the example's file name.
     */
    public void useExample(BundledExample chosen) {
        file.set(messages.get("importer.example.file", chosen.year(), chosen.fileName()));
        example.set(chosen);
    }

    /** Reads the file (or the example) and plans against the database, writing nothing. */
    public void preview() {
        Optional<Integer> chosenYear;
        try {
            chosenYear = year.get().isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(year.get().strip()));
        } catch (NumberFormatException e) {
            status.set(messages.get("importer.year.invalid", year.get()));
            return;
        }
        if (file.get().isBlank()) {
            status.set(messages.get("importer.noFile"));
            return;
        }
        BundledExample bundled = example.get();
        start("importer.status.reading");
        if (bundled != null) {
            track(background.run(p -> service.preview(actor, bundled, chosenYear, p), this::showPreview, this::fail));
            return;
        }
        Path path = Path.of(file.get().strip());
        track(background.run(p -> service.preview(actor, path, chosenYear, p), this::showPreview, this::fail));
    }

    /** Applies the previewed plan, replacing changed rows if the user ticked that. */
    public void confirm() {
        ImportResult shown = preview.get();
        if (shown == null || !shown.canApply(replace.get())) {
            return;
        }
        start("importer.status.writing");
        track(background.run(p -> service.apply(actor, shown, replace.get(), p), result -> {
            working.set(false);
            show(result);
            preview.set(null);
            status.set(texts.outcome(result));
            if (result.outcome() == Outcome.IMPORTED) {
                onImported.accept(result.parsed().year());
            }
        }, this::fail));
    }

    private void start(String key) {
        working.set(true);
        status.set(messages.get(key));
    }

    private void track(Background.Work<?> task) {
        running = task;
        progress.bind(task.progressProperty());
    }

    /** Asks the reading or writing under way to stop: an import stopped before its commit writes nothing. */
    public void cancel() {
        if (working.get() && running != null) {
            running.requestCancel();
            status.set(messages.get("importer.status.cancelling"));
        }
    }

    private void showPreview(ImportResult result) {
        working.set(false);
        replace.set(false);
        show(result);
        preview.set(result);
        status.set(switch (result.outcome()) {
            case DRY_RUN, IMPORTED -> messages.get("importer.status.ready", result.parsed().year(),
                    result.plan().map(p -> p.initiatives().size()).orElse(0));
            case REFUSED_NEEDS_REPLACE -> messages.get("importer.status.needsReplace",
                    result.plan().map(p -> p.changesToReplace()).orElse(0L));
            default -> texts.outcome(result);
        });
    }

    private void show(ImportResult result) {
        planLines.setAll(result.plan().map(p -> TextReport.planLines(p, texts)).orElse(List.of()));
        findings.setAll(result.findings().stream().map(f -> new FindingRow(texts.where(f), f.severity(),
                texts.severity(f.severity()), texts.message(f))).toList());
    }

    private void fail(Throwable error) {
        working.set(false);
        preview.set(null);
        status.set(error instanceof Background.CancelledException ? messages.get("importer.status.cancelled")
                : ErrorText.of(messages, error));
    }

    private void forgetPreview() {
        if (preview.get() != null) {
            preview.set(null);
            planLines.clear();
            findings.clear();
            status.set(messages.get("importer.status.start"));
        }
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public BooleanProperty replaceProperty() {
        return replace;
    }

    public ObjectProperty<ImportResult> previewProperty() {
        return preview;
    }

    public ObservableList<String> planLines() {
        return planLines;
    }

    public ObservableList<FindingRow> findings() {
        return findings;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanBinding canPreview() {
        return canPreview;
    }

    public BooleanBinding canImport() {
        return canImport;
    }

    public BooleanBinding replaceNeeded() {
        return replaceNeeded;
    }
}
