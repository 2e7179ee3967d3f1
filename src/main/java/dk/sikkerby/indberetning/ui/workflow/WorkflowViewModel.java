package dk.sikkerby.indberetning.ui.workflow;

import dk.sikkerby.indberetning.domain.Comment;
import dk.sikkerby.indberetning.domain.CriteriaChange;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import dk.sikkerby.indberetning.service.workflow.Times;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shown submission's life: which of submit, return, approve, reopen and comment the signed-in user
 * may do now, the comment thread, and the commands (run in the background, one transaction each).
 */
public final class WorkflowViewModel {

    private final Messages messages;
    private final Background background;
    private final Consumer<InitiativeRow> onChanged;
    private WorkflowService workflow;
    private Actor actor;

    private final ObjectProperty<InitiativeRow> row = new SimpleObjectProperty<>();
    private final BooleanProperty yearLocked = new SimpleBooleanProperty(false);
    private final Map<Action, BooleanProperty> allowed = new EnumMap<>(Action.class);
    private final ObservableList<String> thread = FXCollections.observableArrayList();
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** What changed in the shown row's criteria against last year, for whoever decides on it; "" if nothing. */
    private final StringProperty criteriaChanges = new SimpleStringProperty("");
    private ChangesLoader changesLoader = (year, initiativeId) -> List.of();

    /** Reads how an initiative's criteria of a year differ from the year before (in the background). */
    @FunctionalInterface
    public interface ChangesLoader {
        List<CriteriaChange> changes(int year, int initiativeId);
    }

    /** {@code onChanged} gets the row after a state change, to show it in the table and the editor. */
    public WorkflowViewModel(Messages messages, Background background, Consumer<InitiativeRow> onChanged) {
        this.messages = messages;
        this.background = background;
        this.onChanged = onChanged;
        for (Action a : List.of(Action.SUBMIT, Action.RETURN, Action.APPROVE, Action.REOPEN, Action.COMMENT)) {
            allowed.put(a, new SimpleBooleanProperty(false));
        }
    }

    /** The signed-in user and the open database; until then nothing is allowed. */
    public void attach(WorkflowService service, Actor signedIn) {
        this.workflow = service;
        this.actor = signedIn;
        show(row.get());
    }

    /** How the criteria's changes against last year are read; by default there are none. */
    public void setChangesLoader(ChangesLoader loader) {
        this.changesLoader = loader;
    }

    public void setYearLocked(boolean locked) {
        yearLocked.set(locked);
        show(row.get());
    }

    /** Shows a row: what may be done with it, and its comment thread. */
    public void show(InitiativeRow shown) {
        row.set(shown);
        message.set("");
        for (Map.Entry<Action, BooleanProperty> e : allowed.entrySet()) {
            e.getValue().set(shown != null && actor != null
                    && Rights.allows(actor, e.getKey(), Target.row(shown, yearLocked.get())));
        }
        thread.clear();
        criteriaChanges.set("");
        if (shown != null && workflow != null) {
            int year = shown.category().year();
            background.run(() -> workflow.thread(year, shown.initiativeId()), comments -> {
                if (row.get() == shown) {
                    thread.setAll(comments.stream().map(this::line).toList());
                }
            }, this::fail);
            background.run(() -> changesLoader.changes(year, shown.initiativeId()), changes -> {
                if (row.get() == shown) {
                    criteriaChanges.set(changesText(changes));
                }
            }, this::fail);
        }
    }

    /** "Ændret siden sidste år:" and one line per change; "" when nothing changed. */
    private String changesText(List<CriteriaChange> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(messages.get("criteria.changes.title"));
        changes.forEach(c -> text.append('\n').append(messages.get(c.kind().key(), c.text(), c.previousText())));
        return text.toString();
    }

    private String line(Comment c) {
        return messages.get("workflow.thread.line", Times.dateTime(c.createdAt()), c.authorName(),
                new MessageKey(c.kind().key()), c.body());
    }

    public void submit() {
        change(r -> workflow.submit(actor, r.category().year(), r.initiativeId(), r.version()));
    }

    public void returnToDepartment() {
        change(r -> workflow.returnToDepartment(actor, r.category().year(), r.initiativeId(), comment.get(),
                r.version()));
    }

    public void approve() {
        change(r -> workflow.approve(actor, r.category().year(), r.initiativeId(), r.version()));
    }

    public void reopen() {
        change(r -> workflow.reopen(actor, r.category().year(), r.initiativeId(), comment.get(), r.version()));
    }

    public void postComment() {
        InitiativeRow r = row.get();
        String text = comment.get();
        run(() -> {
            workflow.comment(actor, r.category().year(), r.initiativeId(), text);
            return r;
        }, done -> {
            comment.set("");
            show(done);
        });
    }

    private interface Transition {
        Submission apply(InitiativeRow row) throws Exception;
    }

    private void change(Transition transition) {
        InitiativeRow r = row.get();
        run(() -> transition.apply(r), stored -> {
            comment.set("");
            InitiativeRow updated = new InitiativeRow(r.initiativeId(), r.name(), r.department(), r.category(),
                    r.position(), Optional.of(stored));
            onChanged.accept(updated);
            show(updated);
            message.set(messages.get("workflow.done", new MessageKey(stored.state().key())));
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        if (row.get() == null || workflow == null) {
            return;
        }
        background.run(work, onSuccess, this::fail);
    }

    private void fail(Throwable error) {
        message.set(ErrorText.of(messages, error));
    }

    public BooleanProperty allowedProperty(Action action) {
        return allowed.get(action);
    }

    public ObjectProperty<InitiativeRow> rowProperty() {
        return row;
    }

    public ObservableList<String> thread() {
        return thread;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The criteria's changes against last year, as the reviewer reads them before approving. */
    public StringProperty criteriaChangesProperty() {
        return criteriaChanges;
    }
}
