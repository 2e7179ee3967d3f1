package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.Trend;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the years, the selected year's table, the department filter and search,
 * and the counts of the status bar. Database work goes through {@link Background}.
 */
public final class MainViewModel {

    private final Messages messages;
    private final Supplier<SubmissionService> submissions;
    private final Background background;

    private final ObservableList<YearSummary> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> selectedYear = new SimpleObjectProperty<>();
    private final ObjectProperty<YearTable> table = new SimpleObjectProperty<>();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    /** The departments whose rows are shown, several at once; none chosen: every department. */
    private final ObservableList<Department> departmentFilter = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    /** The states whose rows are shown, several at once; none chosen: every state. */
    private final ObservableList<SubmissionState> stateFilter = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectBinding<List<InitiativeRow>> visibleRows;
    private Integer shownYear;
    private java.util.function.IntFunction<YearTable> loader;
    private final StringBinding counts;
    private java.util.function.IntFunction<Map<Integer, Score>> previousLoader = year -> Map.of();
    /** Last year's scores by initiative id, for the trend mark beside each score. */
    private final ObjectProperty<Map<Integer, Score>> previousScores = new SimpleObjectProperty<>(Map.of());

    /** {@code submissions} is asked for the service when there is work, which is after the database opened. */
    public MainViewModel(Messages messages, Supplier<SubmissionService> submissions, Background background) {
        this.messages = messages;
        this.submissions = submissions;
        this.background = background;
        this.loader = year -> submissions.get().loadYear(year);
        visibleRows = Bindings.createObjectBinding(this::filterRows, table, departmentFilter, search,
                stateFilter);
        counts = Bindings.createStringBinding(() -> {
            YearTable t = table.get();
            if (t == null) {
                return messages.get("status.noYear");
            }
            long scored = t.scoredCount();
            return messages.get("status.counts", t.rows().size(), scored, t.rows().size() - scored);
        }, table);
        selectedYear.addListener((obs, old, year) -> {
            if (year != null && !year.equals(shownYear)) {
                loadYear(year);
            }
        });
    }

    /** Reloads the list of years and then selects {@code preferred} (or the newest year). */
    public void refreshYears(Integer preferred) {
        background.run(() -> submissions.get().years(), list -> {
            years.setAll(list);
            Integer choice = preferred;
            if (choice == null || list.stream().noneMatch(y -> y.year().year() == preferred)) {
                choice = list.isEmpty() ? null : list.get(0).year().year();
            }
            selectedYear.set(choice);
            if (choice != null && choice.equals(shownYear)) {
                loadYear(choice); // the shown year may have changed; setting it again does not reload it
            }
            if (list.isEmpty()) {
                table.set(null);
                message.set(messages.get("main.noYears"));
            }
        }, this::fail);
    }

    /** Shows what was read at start-up: the years, and the newest year's table if there is one. */
    public void showLoaded(List<YearSummary> list, Optional<YearTable> newest) {
        years.setAll(list);
        if (newest.isPresent()) {
            int year = newest.get().year().year();
            shownYear = year;
            selectedYear.set(shownYear);
            show(newest.get());
            // the trend marks need last year's scores, which start-up did not read
            background.run(() -> previousLoader.apply(year), previousScores::set, this::fail);
        } else {
            message.set(messages.get("main.noYears"));
        }
    }

    public void loadYear(int year) {
        background.run(() -> Map.entry(loader.apply(year), previousLoader.apply(year)), loaded -> {
            previousScores.set(loaded.getValue());
            show(loaded.getKey());
        }, this::fail);
    }

    /** How last year's scores are read (for the trend marks); by default there are none. */
    public void setPreviousScoresLoader(java.util.function.IntFunction<Map<Integer, Score>> previous) {
        this.previousLoader = previous;
        Integer shown = shownYear;
        if (shown != null) {
            background.run(() -> previous.apply(shown), previousScores::set, this::fail);
        }
    }

    /** Better, same or worse than the initiative's score of the year before. */
    public Trend trendOf(InitiativeRow row) {
        Score before = previousScores.get().get(row.initiativeId());
        return before == null ? Trend.NONE : Trend.between(before, row.score());
    }

    public ObjectProperty<Map<Integer, Score>> previousScoresProperty() {
        return previousScores;
    }

    /** How a year's table is read: by default all rows; after sign-in, the rows the user may see. */
    public void setLoader(java.util.function.IntFunction<YearTable> yearLoader) {
        this.loader = yearLoader;
    }

    private void show(YearTable loaded) {
        shownYear = loaded.year().year();
        TreeMap<String, Department> byCode = new TreeMap<>();
        loaded.rows().forEach(r -> byCode.put(r.department().code(), r.department()));
        List<Department> choices = new ArrayList<>(byCode.values());
        List<String> previous = departmentFilter.stream().map(Department::code).toList();
        departments.setAll(choices);
        departmentFilter.setAll(choices.stream().filter(d -> previous.contains(d.code())).toList());
        table.set(loaded);
        message.set("");
    }

    /** Puts a freshly saved row into the table in place of the old one. */
    public void replaceRow(InitiativeRow updated) {
        YearTable t = table.get();
        if (t == null) {
            return;
        }
        List<InitiativeRow> rows = new ArrayList<>(t.rows());
        rows.replaceAll(r -> r.initiativeId() == updated.initiativeId() ? updated : r);
        table.set(new YearTable(t.year(), t.categories(), rows));
    }

    private List<InitiativeRow> filterRows() {
        YearTable t = table.get();
        if (t == null) {
            return List.of();
        }
        java.util.Set<String> codes = departmentFilter.stream().map(Department::code)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<SubmissionState> states = java.util.Set.copyOf(stateFilter);
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        return t.rows().stream()
                .filter(r -> codes.isEmpty() || codes.contains(r.department().code()))
                .filter(r -> needle.isEmpty() || matches(r, needle))
                .filter(r -> states.isEmpty() || states.contains(r.state()))
                .toList();
    }

    private static boolean matches(InitiativeRow row, String needle) {
        return row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.department().code().toLowerCase(Locale.ROOT).contains(needle)
                || row.departmentNote().plainText().toLowerCase(Locale.ROOT).contains(needle)
                || row.assessment().plainText().toLowerCase(Locale.ROOT).contains(needle);
    }

    private void fail(Throwable error) {
        message.set(ErrorText.of(messages, error));
    }

    public ObservableList<YearSummary> years() {
        return years;
    }

    public ObjectProperty<Integer> selectedYearProperty() {
        return selectedYear;
    }

    public ObjectProperty<YearTable> tableProperty() {
        return table;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<Department> departmentFilter() {
        return departmentFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<SubmissionState> stateFilter() {
        return stateFilter;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectBinding<List<InitiativeRow>> visibleRows() {
        return visibleRows;
    }

    public StringBinding counts() {
        return counts;
    }
}
