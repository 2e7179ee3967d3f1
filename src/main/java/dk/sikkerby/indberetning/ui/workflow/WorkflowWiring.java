package dk.sikkerby.indberetning.ui.workflow;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import dk.sikkerby.indberetning.ui.history.HistoryView;
import dk.sikkerby.indberetning.ui.history.InitiativeYearsView;
import dk.sikkerby.indberetning.ui.main.MainView;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import dk.sikkerby.indberetning.ui.overview.OverviewView;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * What the signed-in user and the life of a submission add to the main window: the panel under the
 * editor, read-only rows with their reason, the conflict dialog, and the commands of the Year and File
 * menus for history, overview and lock. Kept apart from {@code MainWindow} so that it stays small.
 */
public final class WorkflowWiring {

    private final Stage stage;
    private final Messages messages;
    private final Background background;
    private final MainViewModel model;
    private final MainView view;
    private final EditorViewModel editor;
    private final WorkflowViewModel workflow;
    private AppContext context;
    private boolean yearLocked;
    private final List<Runnable> accessListeners = new java.util.ArrayList<>();

    public WorkflowWiring(Stage stage, Messages messages, Background background, MainViewModel model, MainView view,
                          EditorViewModel editor) {
        this.stage = stage;
        this.messages = messages;
        this.background = background;
        this.model = model;
        this.view = view;
        this.editor = editor;
        this.workflow = new WorkflowViewModel(messages, background, updated -> {
            model.replaceRow(updated);
            editor.load(updated);
        });
        view.setEditorFooter(new WorkflowPanel(workflow, messages, this::openHistory, this::openYears));
        editor.rowProperty().addListener((obs, old, row) -> workflow.show(row));
        model.tableProperty().addListener((obs, old, table) -> {
            if (table != null && context != null) {
                readYearControl(table.year().year());
            }
        });
    }

    /** Signed in: shows who, applies their rights, and shows the start-up year as they may see it. */
    public void attach(AppContext opened, List<YearSummary> years, Optional<YearTable> newest) {
        this.context = opened;
        Actor actor = opened.actor();
        String who = messages.get("window.signedIn", actor.fullName(), new MessageKey(actor.role().key()));
        stage.setTitle(messages.get("window.title.user", view.databaseFile(), who));
        view.showSignedIn(who);
        editor.setAccess(new EditorAccess(messages, actor, () -> yearLocked));
        editor.setConflictHandler(this::resolveConflict);
        workflow.setChangesLoader(opened.history()::changes);
        workflow.attach(opened.workflow(), actor);
        model.setLoader(year -> opened.submissions().loadYear(actor, year));
        model.setPreviousScoresLoader(year -> opened.history().previousScores(year));
        if (actor.role() == Role.COORDINATOR && newest.isPresent()) {
            // what was read before sign-in may hold rows this coordinator is not to see
            model.showLoaded(years, Optional.empty());
            model.selectedYearProperty().set(newest.get().year().year());
        } else {
            newest.ifPresent(t -> readYearControl(t.year().year()));
            model.showLoaded(years, newest);
        }
    }

    /** Reads whether the shown year is locked, then shows what the user may change accordingly. */
    private void readYearControl(int year) {
        background.run(() -> context.workflow().control(year), control -> {
            yearLocked = control.locked();
            editor.applyAccess(editor.rowProperty().get());
            accessListeners.forEach(Runnable::run);
            workflow.setYearLocked(yearLocked);
        }, error -> model.messageProperty().set(ErrorText.of(messages, error)));
    }

    /** Whether the shown year is locked, as last read. */
    public boolean yearLocked() {
        return yearLocked;
    }

    /** Runs {@code listener} whenever what the user may change may have changed (the year's lock was read). */
    public void onAccessChanged(Runnable listener) {
        accessListeners.add(listener);
    }

    private void resolveConflict(InitiativeRow row, SubmissionForm mine, ConcurrentEditException conflict) {
        InitiativeRow stored = new InitiativeRow(row.initiativeId(), row.name(), row.department(), row.category(),
                row.position(), Optional.of(conflict.stored()));
        model.replaceRow(stored);
        if (ConflictDialog.ask(stage, messages, mine, conflict) == ConflictDialog.Choice.KEEP_MINE) {
            editor.loadAsEdit(stored, mine);
            editor.save(model::replaceRow);
        } else {
            editor.load(stored);
        }
    }

    private void openYears() {
        InitiativeRow row = editor.rowProperty().get();
        if (row != null && context != null) {
            new InitiativeYearsView(stage, messages, context.history(), background, row.initiativeId(), row.name()).show();
        }
    }

    private void openHistory() {
        InitiativeRow row = editor.rowProperty().get();
        if (row != null && context != null) {
            new HistoryView(stage, messages, context.workflow(), background, row).show();
        }
    }

    /**
     * Runs a menu command only if the signed-in user's role allows it, else says why before a dialog
     * opens. The services check the same rights again (decision 0508); this only spares the user a
     * dialog whose every action would be refused.
     */
    public Runnable guarded(Action action, boolean onShownYear, Runnable command) {
        return () -> {
            Integer year = model.selectedYearProperty().get();
            Target target = onShownYear && year != null ? Target.year(year, yearLocked) : Target.year(0, false);
            Optional<UserFacingException> refused = Rights.refusal(context.actor(), action, target);
            if (refused.isPresent()) {
                Dialogs.error(stage, messages, ErrorText.of(messages, refused.get()));
            } else {
                command.run();
            }
        };
    }

    public void openOverview() {
        Integer year = model.selectedYearProperty().get();
        if (year != null) {
            new OverviewView(context, stage, year).show();
        }
    }

    /** Locks or unlocks the shown year after asking for the reason (required to unlock). */
    public void changeLock(boolean lock) {
        Integer year = model.selectedYearProperty().get();
        if (year == null || !view.confirmLeave(() -> changeLock(lock))) {
            return;
        }
        Dialogs.askText(stage, messages, lock ? "lockDialog" : "unlockDialog",
                messages.get(lock ? "lock.title" : "unlock.title", year),
                messages.get(lock ? "lock.question" : "unlock.question"), "").ifPresent(reason -> background.run(() -> {
                    if (lock) {
                        context.workflow().lockYear(context.actor(), year, reason);
                    } else {
                        context.workflow().unlockYear(context.actor(), year, reason);
                    }
                    return year;
                }, done -> {
                    readYearControl(done);
                    model.messageProperty().set(messages.get(lock ? "lock.done" : "unlock.done", done));
                }, error -> Dialogs.error(stage, messages, ErrorText.of(messages, error))));
    }
}
