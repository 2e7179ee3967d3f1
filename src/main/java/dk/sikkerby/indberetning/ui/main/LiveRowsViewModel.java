package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.OthersSaves;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A row someone else saved on the server comes into the open table at once, with a short notice of who
 * saved which initiative. If the form shows that row unchanged it shows the new version; if the user is
 * editing it, their edits are kept and they are told: saving then goes over the version they opened, and
 * the version check shows both (the conflict dialog). A lost and found connection is told too.
 */
public final class LiveRowsViewModel {

    /** A notice for the user: one sentence, and whether it warns. */
    public record Notice(String text, boolean warning) {
    }

    private final Messages messages;
    private final MainViewModel main;
    private final EditorViewModel editor;
    private final Consumer<Notice> notices;
    private boolean lost;

    public LiveRowsViewModel(Messages messages, MainViewModel main, EditorViewModel editor, Consumer<Notice> notices) {
        this.messages = messages;
        this.main = main;
        this.editor = editor;
        this.notices = notices;
    }

    /** Someone else saved a row (on the FX thread). Rows of another year, or not shown, change nothing. */
    public void saved(OthersSaves.Saved saved) {
        YearTable table = main.tableProperty().get();
        if (table == null || table.year().year() != saved.year() || saved.stored().isEmpty()) {
            return;
        }
        Optional<InitiativeRow> shown = table.rows().stream()
                .filter(r -> r.initiativeId() == saved.initiativeId()).findFirst();
        if (shown.isEmpty() || shown.get().version() >= saved.version()) {
            return;
        }
        InitiativeRow old = shown.get();
        InitiativeRow updated = new InitiativeRow(old.initiativeId(), old.name(), old.department(), old.category(),
                old.position(), saved.stored());
        main.replaceRow(updated);
        InitiativeRow inForm = editor.rowProperty().get();
        boolean editing = inForm != null && inForm.initiativeId() == saved.initiativeId()
                && (editor.isDirty() || editor.savingProperty().get());
        if (inForm != null && inForm.initiativeId() == saved.initiativeId() && !editing) {
            editor.load(updated);
        }
        String text = messages.get(editing ? "live.savedWhileEditing" : "live.saved", saved.fullName(), old.name());
        main.messageProperty().set(text);
        notices.accept(new Notice(text, editing));
    }

    /** The connection that hears others' saves was lost, or is back (after a loss). */
    public void connected(boolean now) {
        if (!now && !lost) {
            lost = true;
            notices.accept(new Notice(messages.get("live.lost"), true));
        } else if (now && lost) {
            lost = false;
            notices.accept(new Notice(messages.get("live.back"), false));
            // what others saved meanwhile was not heard: the shown year is read again (unsaved edits stay in the form)
            YearTable table = main.tableProperty().get();
            if (table != null) {
                main.loadYear(table.year().year());
            }
        }
    }
}
