package dk.sikkerby.indberetning.ui.setup;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The year set-up screen's state and commands; every change is one transaction in the service. */
public final class YearSetupViewModel {

    private final Messages messages;
    private final YearSetupService setup;
    /** Who makes the changes; the service checks that they may. */
    private final Actor actor;
    private final SubmissionService submissions;
    private final Background background;

    private final ObservableList<ReportYear> years = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<InitiativeRow> initiatives = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public YearSetupViewModel(Messages messages, YearSetupService setup, SubmissionService submissions, Actor actor,
                              Background background) {
        this.messages = messages;
        this.setup = setup;
        this.actor = actor;
        this.submissions = submissions;
        this.background = background;
        year.addListener((obs, old, y) -> reloadYear());
    }

    public void reloadAll() {
        background.run(() -> new Loaded(submissions.years(), setup.departments()), loaded -> {
            years.setAll(loaded.years().stream().map(YearSummary::year).toList());
            departments.setAll(loaded.departments());
            if (year.get() == null && !years.isEmpty()) {
                year.set(years.get(0).year());
            } else {
                reloadYear();
            }
        }, this::fail);
    }

    private record Loaded(List<YearSummary> years, List<Department> departments) {
    }

    private void reloadYear() {
        Integer y = year.get();
        if (y == null) {
            categories.clear();
            initiatives.clear();
            return;
        }
        background.run(() -> submissions.loadYear(y), table -> {
            categories.setAll(table.categories());
            initiatives.setAll(table.rows());
        }, this::fail);
    }

    public void createYear(String yearText, String title, String noteLabel) {
        int y;
        try {
            y = Integer.parseInt(yearText.strip());
        } catch (NumberFormatException e) {
            message.set(messages.get("newYear.notAYear", yearText));
            return;
        }
        change(() -> {
            setup.createYear(actor, y, title, noteLabel);
            return null;
        }, messages.get("setup.done.year", y), () -> year.set(y));
    }

    public void updateYear(ReportYear changed) {
        change(() -> {
            setup.updateYear(actor, changed);
            return null;
        }, messages.get("setup.done.yearUpdated", changed.year()), null);
    }

    public void addDepartment(String code, String name) {
        change(() -> setup.addDepartment(actor, code, name), messages.get("setup.done.department", code), null);
    }

    public void addCategory(String name) {
        Integer y = year.get();
        if (y == null) {
            message.set(messages.get("setup.error.noYear"));
            return;
        }
        change(() -> setup.addCategory(actor, y, name), messages.get("setup.done.category", name), null);
    }

    public void moveCategory(Category category, int direction) {
        change(() -> {
            setup.moveCategory(actor, category.year(), category.id(), direction);
            return null;
        }, "", null);
    }

    public void moveInitiative(InitiativeRow row, int direction) {
        change(() -> {
            setup.moveInitiative(actor, row.category().year(), row.initiativeId(), direction);
            return null;
        }, "", null);
    }

    public void addInitiative(String name, Department department, Category category) {
        Integer y = year.get();
        if (y == null || department == null || category == null) {
            message.set(messages.get("setup.error.initiativeIncomplete"));
            return;
        }
        change(() -> {
            setup.addInitiative(actor, y, name, department.id(), category.id());
            return null;
        }, messages.get("setup.done.initiative", name), null);
    }

    private <T> void change(Callable<T> work, String done, Runnable after) {
        background.run(work, result -> {
            message.set(done);
            if (after != null) {
                after.run();
            }
            reloadAll();
        }, this::fail);
    }

    private void fail(Throwable error) {
        message.set(ErrorText.of(messages, error));
    }

    public ObservableList<ReportYear> years() {
        return years;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableList<InitiativeRow> initiatives() {
        return initiatives;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
