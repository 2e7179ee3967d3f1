package dk.sikkerby.indberetning.ui.grid;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import dk.sikkerby.indberetning.ui.main.MainView;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * Joins the grid mode to the main window: a tool-bar switch between the table with its form and the
 * grid; the grid shows the rows the filters leave; a save in the grid goes into the table and, if it
 * shows that row unchanged, the form; a save in the form comes into the grid the same way.
 */
public final class GridWiring {

    private final MainViewModel main;
    private final EditorViewModel editor;
    private final GridViewModel grid;
    private final MainView view;
    private final Messages messages;
    private GridView gridView;
    private final ToggleButton toggle;
    private boolean reverting;

    public GridWiring(MainViewModel main, EditorViewModel editor, GridViewModel grid, MainView view, Messages messages) {
        this.main = main;
        this.editor = editor;
        this.grid = grid;
        this.view = view;
        this.messages = messages;
        main.visibleRows().addListener((obs, old, rows) -> showRows());
        grid.setOnSaved(this::savedInGrid);
        toggle = new ToggleButton(messages.get("grid.mode"));
        toggle.setId("gridModeButton");
        toggle.setTooltip(new Tooltip(messages.get("grid.mode.tooltip")));
        toggle.selectedProperty().addListener((obs, was, on) -> modeChosen(on));
        view.addToToolbar(toggle);
        view.addLeaveGuard(afterSave -> grid.confirmLeave(this::askUnsaved, afterSave));
    }

    /** Leaving the grid for the table with unsaved grid rows asks first (save, discard, or stay in the grid). */
    private void modeChosen(boolean on) {
        if (reverting) {
            return;
        }
        if (!on && !grid.confirmLeave(this::askUnsaved, () -> show(false))) {
            reverting = true;
            toggle.setSelected(true);
            reverting = false;
            return;
        }
        view.showInPlaceOfTable(on ? gridView() : null);
    }

    private Dialogs.UnsavedChoice askUnsaved() {
        return Dialogs.askUnsaved(view.getScene().getWindow(), messages,
                messages.get("grid.unsaved.header", grid.changedProperty().get()));
    }

    private GridView gridView() {
        if (gridView == null) {
            gridView = new GridView(grid, messages);
        }
        return gridView;
    }

    private void showRows() {
        YearTable table = main.tableProperty().get();
        grid.show(table == null ? 0 : table.year().year(), main.visibleRows().get());
    }

    private void savedInGrid(List<InitiativeRow> saved) {
        InitiativeRow shown = editor.rowProperty().get();
        for (InitiativeRow row : saved) {
            main.replaceRow(row);
            if (shown != null && shown.initiativeId() == row.initiativeId() && !editor.isDirty()) {
                editor.load(row);
            }
        }
    }

    /** The signed-in user's rights, the same the form asks. */
    public void setAccess(EditorViewModel.Access access) {
        grid.setAccess(access);
    }

    /** Whether the grid is shown in place of the table and the form (Ctrl+S then saves the grid). */
    public boolean isShown() {
        return toggle.isSelected();
    }

    /** Shows the grid (true) or the table and the form (false), as the tool-bar switch does. */
    public void show(boolean grid) {
        toggle.setSelected(grid);
    }

    public GridViewModel model() {
        return grid;
    }
}
