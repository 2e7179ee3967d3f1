package dk.sikkerby.indberetning.ui.grid;

import dk.sikkerby.indberetning.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.GridChange;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCellEditor;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

/**
 * The grid mode (ControlsFX {@code SpreadsheetView}): one line per initiative, typed by keyboard (Enter,
 * Tab, arrows; typing starts an edit), with Save and Undo above it. Only binds: every typed value goes
 * to {@link GridViewModel#type}, a paste (Ctrl+V or the menu) to {@link GridViewModel#paste}, and each
 * row the model replaces is drawn again from it.
 */
public final class GridView extends BorderPane {

    private static final double[] WIDTHS = {240, 100, 130, 280, 280, 160};

    private final GridViewModel model;
    private final Messages messages;
    private final Sheet sheet = new Sheet();
    private GridBase grid;
    private boolean drawing;
    private static final String RESTART_LISTENER = "sikkerby.restartListener";
    /** What was typed into the cell being edited, from the key that began the edit on. */
    private final StringBuilder typedSinceEditBegan = new StringBuilder();

    public GridView(GridViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("gridView");
        sheet.setId("initiativeGrid");
        sheet.setAccessibleText(messages.get("grid.accessible"));
        sheet.setShowRowHeader(false);
        sheet.setEditable(true);
        GridFilterBar filters = new GridFilterBar(model, messages);
        setTop(new VBox(bar(filters.count()), filters.build()));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> filters.textField().requestFocus());
            }
        });
        setCenter(sheet);
        model.rows().addListener((ListChangeListener<GridRow>) this::rowsChanged);
        sheet.addEventFilter(KeyEvent.KEY_TYPED, this::keepTypedCharacter);
        sheet.editingCellProperty().addListener((obs, old, cell) -> typedSinceEditBegan.setLength(0));
        rebuild();
    }

    private Region bar(Label filterCount) {
        Button save = new Button(messages.get("grid.save"));
        save.setId("gridSaveButton");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button(messages.get("grid.revert"));
        revert.setId("gridRevertButton");
        revert.disableProperty().bind(model.changedProperty().isEqualTo(0).or(model.savingProperty()));
        revert.setOnAction(e -> model.revert());
        Label changed = new Label();
        changed.setId("gridChanged");
        changed.textProperty().bind(model.changedProperty().asString(messages.get("grid.changed")));
        Label message = new Label();
        message.setId("gridMessage");
        message.getStyleClass().add("grid-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("gridSaveProgress");
        progress.setAccessibleText(messages.get("grid.progress.accessible"));
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.savingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button(messages.get("grid.cancelSave"));
        cancel.setId("gridCancelSaveButton");
        cancel.visibleProperty().bind(model.savingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancelSave());
        HBox bar = new HBox(8, save, revert, changed, filterCount, progress, cancel, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private void rowsChanged(ListChangeListener.Change<? extends GridRow> change) {
        while (change.next()) {
            boolean oneRow = change.wasReplaced() && change.getAddedSize() == 1 && change.getRemovedSize() == 1
                    && grid != null && grid.getRowCount() == model.rows().size();
            if (!oneRow) {
                rebuild();
                return;
            }
            draw(change.getFrom());
        }
    }

    private void rebuild() {
        List<GridRow> rows = model.rows();
        GridColumn[] columns = GridColumn.values();
        GridBase fresh = new GridBase(rows.size(), columns.length);
        ObservableList<ObservableList<SpreadsheetCell>> cells = FXCollections.observableArrayList();
        for (int r = 0; r < rows.size(); r++) {
            ObservableList<SpreadsheetCell> line = FXCollections.observableArrayList();
            for (GridColumn column : columns) {
                line.add(SpreadsheetCellType.STRING.createCell(r, column.ordinal(), 1, 1, ""));
            }
            cells.add(line);
        }
        fresh.setRows(cells);
        for (GridColumn column : columns) {
            fresh.getColumnHeaders().add(messages.get(column.key()));
        }
        fresh.addEventHandler(GridChange.GRID_CHANGE_EVENT, this::typed);
        grid = fresh;
        for (int r = 0; r < rows.size(); r++) {
            draw(r);
        }
        sheet.setGrid(fresh);
        for (int c = 0; c < Math.min(columns.length, sheet.getColumns().size()); c++) { // none without rows
            sheet.getColumns().get(c).setPrefWidth(WIDTHS[c]);
        }
    }

    /** Draws row {@code index} as the model has it: values, which cells are editable, bad cells marked. */
    private void draw(int index) {
        GridRow row = model.rows().get(index);
        drawing = true;
        try {
            for (GridColumn column : GridColumn.values()) {
                SpreadsheetCell cell = grid.getRows().get(index).get(column.ordinal());
                String text = column == GridColumn.STATE ? model.stateText(index) : row.text(column);
                grid.setCellValue(index, column.ordinal(), text);
                cell.setEditable(row.isEditable(column));
                String problem = column.isTyped() ? model.error(index, column).orElse(null) : null;
                mark(cell, "grid-invalid", problem != null);
                mark(cell, "grid-read-only", !cell.isEditable());
                if (cell instanceof SpreadsheetCellBase base) {
                    base.setTooltip(problem != null ? problem
                            : column == GridColumn.STATE && !row.lockReason().isEmpty() ? row.lockReason() : null);
                }
            }
        } finally {
            drawing = false;
        }
    }

    private static void mark(SpreadsheetCell cell, String styleClass, boolean on) {
        if (on) {
            cell.getStyleClass().add(styleClass);
        } else {
            cell.getStyleClass().remove(styleClass);
        }
    }

    private void typed(GridChange change) {
        if (drawing) {
            return;
        }
        GridColumn column = GridColumn.values()[change.getColumn()];
        Object value = change.getNewValue();
        model.type(change.getRow(), column, value == null ? "" : value.toString());
    }

    /**
     * A key typed on a cell starts its edit (SpreadsheetView does that on the key press), and the editor
     * drops that first key: it is put in here. The editor may also be started again on the next layout
     * pass, with the cell's value: everything typed since the edit began is kept and given back to it then.
     * As in a spreadsheet, typing on a cell replaces its value.
     */
    private void keepTypedCharacter(KeyEvent event) {
        String typed = event.getCharacter();
        if (sheet.getEditingCell() == null || typed.isEmpty() || typed.charAt(0) < 0x20 || typed.charAt(0) == 0x7f
                || event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        stringEditor().ifPresent(editor -> {
            boolean first = typedSinceEditBegan.isEmpty();
            typedSinceEditBegan.append(typed);
            if (first) {
                // the key that began the edit reaches an editor that has not yet taken it: put it in
                editor.setText(typed);
                editor.end();
                event.consume();
            }
        });
    }

    private Optional<TextInputControl> stringEditor() {
        Optional<TextInputControl> editor = sheet.getEditor(SpreadsheetCellType.STRING).map(SpreadsheetCellEditor::getEditor)
                .filter(control -> control instanceof TextInputControl).map(control -> (TextInputControl) control);
        editor.filter(e -> !e.getProperties().containsKey(RESTART_LISTENER)).ifPresent(e -> {
            e.getProperties().put(RESTART_LISTENER, Boolean.TRUE);
            // the editor sets its Enter/Escape handler each time it starts: give back what was typed
            e.onKeyPressedProperty().addListener((obs, old, handler) -> {
                if (handler != null) {
                    Platform.runLater(() -> restoreTyped(e));
                }
            });
        });
        return editor;
    }

    private void restoreTyped(TextInputControl editor) {
        String typed = typedSinceEditBegan.toString();
        if (!typed.isEmpty() && editor.getOnKeyPressed() != null && !typed.equals(editor.getText())) {
            editor.setText(typed);
            editor.end();
        }
    }

    /** The focused cell's row and column, where a paste starts. */
    private void pasteAtFocus() {
        TablePosition<?, ?> focus = sheet.getSelectionModel().getFocusedCell();
        if (focus == null || focus.getRow() < 0 || focus.getColumn() < 0) {
            return;
        }
        String text = Clipboard.getSystemClipboard().getString();
        model.paste(focus.getRow(), GridColumn.values()[sheet.getModelColumn(focus.getColumn())], text);
    }

    public SpreadsheetView sheet() {
        return sheet;
    }

    /** A paste goes through the model, which checks every value before it changes any. */
    private final class Sheet extends SpreadsheetView {
        @Override
        public void pasteClipboard() {
            pasteAtFocus();
        }
    }
}
