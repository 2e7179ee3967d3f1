package dk.sikkerby.indberetning.ui.export;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.service.export.CsvDialect;
import dk.sikkerby.indberetning.service.export.ExportFormat;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportResult;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import javafx.concurrent.Task;

/**
 * The export dialog's state and commands: which year, department, format, colours and separator;
 * the export itself runs through {@link Background} with its progress, and the finished file can be
 * opened. Knows no Node.
 */
public final class ExportViewModel {

    /** The "all departments" choice. */
    public static final Department ALL_DEPARTMENTS = new Department(0, "", "");

    private final Messages messages;
    private final ExportService exports;
    /** Who exports; the service checks that they may. */
    private final Actor actor;
    private final TrafficLightSettings trafficLights;
    private final SubmissionService submissions;
    private final YearSetupService setup;
    private final Background background;
    private final FileOpener opener;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Department> departments = FXCollections.observableArrayList(ALL_DEPARTMENTS);
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>(ALL_DEPARTMENTS);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final BooleanProperty colours = new SimpleBooleanProperty(false);
    private final StringProperty redMax = new SimpleStringProperty("");
    private final StringProperty greenMin = new SimpleStringProperty("");
    private final ObjectProperty<CsvDialect> dialect = new SimpleObjectProperty<>(CsvDialect.COMMA);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>();

    public ExportViewModel(Messages messages, ExportService exports, TrafficLightSettings trafficLights,
                           SubmissionService submissions, YearSetupService setup, Actor actor, Background background,
                           FileOpener opener) {
        this.messages = messages;
        this.actor = actor;
        this.exports = exports;
        this.trafficLights = trafficLights;
        this.submissions = submissions;
        this.setup = setup;
        this.background = background;
        this.opener = opener;
        year.addListener((obs, old, value) -> {
            if (value != null) {
                loadThresholds(value);
            }
        });
    }

    /** Loads the years and departments, then selects {@code preferred} (or the newest year). */
    public void load(Integer preferred) {
        background.run(() -> new Choices(submissions.years(), setup.departments()), choices -> {
            years.setAll(choices.years().stream().map(s -> s.year().year()).toList());
            departments.setAll(ALL_DEPARTMENTS);
            departments.addAll(choices.departments());
            year.set(preferred != null && years.contains(preferred) ? preferred : years.isEmpty() ? null : years.get(0));
        }, this::fail);
    }

    private record Choices(List<YearSummary> years, List<Department> departments) {
    }

    private void loadThresholds(int forYear) {
        background.run(() -> trafficLights.thresholds(forYear), t -> {
            redMax.set(String.valueOf(t.redMaxPercent()));
            greenMin.set(String.valueOf(t.greenMinPercent()));
        }, this::fail);
    }

    /** The file name the save dialog suggests: "Bilag 1 - 2021.xlsx", or with the department's code. */
    public String suggestedFileName() {
        Department d = department.get();
        String name = d == null || d == ALL_DEPARTMENTS
                ? messages.get("export.fileName", year.get())
                : messages.get("export.fileName.department", year.get(), d.code());
        return name + "." + format.get().extension();
    }

    /** Exports to {@code target} in the background; returns the task, whose progress the view shows. */
    public Optional<Task<ExportResult>> export(Path target) {
        Integer chosenYear = year.get();
        if (chosenYear == null || running.get()) {
            return Optional.empty();
        }
        boolean coloured = colours.get() && format.get().hasColours();
        Optional<int[]> limits = coloured ? thresholds() : Optional.of(new int[0]);
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        Department d = department.get();
        ExportRequest request = new ExportRequest(chosenYear, format.get(), target,
                Optional.ofNullable(d == null || d == ALL_DEPARTMENTS ? null : d.code()), coloured, dialect.get());
        exported.set(null);
        running.set(true);
        message.set(messages.get("export.running", target.getFileName().toString()));
        Task<ExportResult> task = background.run(work -> {
            if (coloured) {
                trafficLights.save(actor, chosenYear, limits.get()[0], limits.get()[1]);
            }
            return exports.export(actor, request, work);
        }, this::done, error -> {
            running.set(false);
            progress.unbind();
            progress.set(0);
            fail(error);
        });
        progress.bind(task.progressProperty());
        return Optional.of(task);
    }

    private Optional<int[]> thresholds() {
        try {
            int red = percent(redMax.get());
            int green = percent(greenMin.get());
            if (!TrafficLightThresholds.valid(red, green)) {
                throw new UserFacingException("trafficLights.error.order", red, green);
            }
            return Optional.of(new int[] {red, green});
        } catch (UserFacingException e) {
            message.set(ErrorText.of(messages, e));
            return Optional.empty();
        }
    }

    private static int percent(String text) {
        String t = text == null ? "" : text.strip();
        try {
            int value = Integer.parseInt(t);
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new UserFacingException("export.error.notANumber", t);
    }

    private void done(ExportResult result) {
        running.set(false);
        progress.unbind();
        progress.set(1);
        exported.set(result.file());
        StringBuilder text = new StringBuilder(messages.get("export.done", result.file().toString(),
                result.initiatives(), result.missing()));
        for (String initiative : result.clippedRows()) {
            text.append('\n').append(messages.get("export.clipped", initiative));
        }
        message.set(text.toString());
    }

    /** Opens the exported file in its program, in the background (it may take a moment to start). */
    public void openExported() {
        Path file = exported.get();
        if (file == null) {
            return;
        }
        background.run(() -> {
            opener.open(file);
            return file;
        }, opened -> { }, error -> message.set(messages.get("export.error.openFile", file.toString(),
                String.valueOf(error.getMessage()))));
    }

    private void fail(Throwable error) {
        message.set(ErrorText.of(messages, error));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty coloursProperty() {
        return colours;
    }

    public StringProperty redMaxProperty() {
        return redMax;
    }

    public StringProperty greenMinProperty() {
        return greenMin;
    }

    public ObjectProperty<CsvDialect> dialectProperty() {
        return dialect;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Path> exportedProperty() {
        return exported;
    }

    /** Export can start: a year is chosen and no export is running. */
    public BooleanBinding canExport() {
        return year.isNotNull().and(running.not());
    }

    /** Traffic lights can be chosen: the format has score cells to colour (not CSV). */
    public BooleanBinding coloursApply() {
        return Bindings.createBooleanBinding(() -> format.get() != null && format.get().hasColours(), format);
    }

    /** The traffic-light fields apply: colours chosen for a format that has them. */
    public BooleanBinding thresholdsApply() {
        return colours.and(coloursApply());
    }
}
