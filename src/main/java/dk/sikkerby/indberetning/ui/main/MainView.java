package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.editor.EditorView;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's content: year selector, department filter and search above; the year's table
 * grouped by category beside the editor form; the status bar below. Switching rows with unsaved
 * changes asks first.
 */
public final class MainView extends BorderPane {

    private static final PseudoClass CATEGORY = PseudoClass.getPseudoClass("category");

    private final MainViewModel model;
    private final EditorViewModel editor;
    /** Built on first need ({@link #buildWorkArea}): its two rich-text areas are the costliest part of the window. */
    private EditorView editorView;
    private final SplitPane workArea;
    private final VBox top = new VBox();
    private final ToolBar toolbar;
    private final EmptyTableHint tablePlaceholder;
    private Node editorFooter;
    private String noteLabel;
    private final Messages messages;
    private final TreeTableView<TableItem> tree = new TreeTableView<>();
    private final TreeTableColumn<TableItem, String> noteColumn = new TreeTableColumn<>();
    private TreeTableColumn<TableItem, String> nameColumn;
    private final String databaseFile;
    private final Label signedIn = new Label();
    private final VBox editorSide = new VBox();
    private boolean rebuilding;
    private final List<LeaveGuard> leaveGuards = new java.util.ArrayList<>();

    /** Another view's unsaved work that leaving asks about, as the form's does (the grid's rows). */
    @FunctionalInterface
    public interface LeaveGuard {
        /** True to go on now; false to stay (cancelled, or saving first: {@code afterSave} runs once saved). */
        boolean confirmLeave(Runnable afterSave);
    }

    /** Shows long work's progress and cancel (the departments' workbooks) in the status bar, after its message. */
    public void addToStatusBar(javafx.scene.Node work) {
        javafx.scene.layout.HBox bar = (javafx.scene.layout.HBox) getBottom();
        bar.getChildren().add(bar.getChildren().indexOf(bar.lookup("#statusMessage")) + 1, work);
    }

    /** Adds unsaved work that closing the window, another year, an import and the like ask about first. */
    public void addLeaveGuard(LeaveGuard guard) {
        leaveGuards.add(guard);
    }

    public MainView(MainViewModel model, EditorViewModel editor, Messages messages, MenuBar menuBar, String databaseFile) {
        this.model = model;
        this.editor = editor;
        this.messages = messages;
        this.databaseFile = databaseFile;
        this.tablePlaceholder = new EmptyTableHint(messages);
        setId("mainView");
        top.getChildren().add(menuBar);
        setTop(top);
        noteLabel = messages.get("column.note");
        toolbar = new MainToolBar(model, messages, this::confirmLeave).build();
        // the form and its panel scroll when the window is lower than they are (1280×800 with several criteria)
        ScrollPane editorScroll = new ScrollPane(editorSide);
        editorScroll.setId("editorScroll");
        editorScroll.setFitToWidth(true);
        editorScroll.setFitToHeight(true);
        editorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        workArea = new SplitPane(tableArea(), editorScroll);
        workArea.setOrientation(Orientation.HORIZONTAL);
        workArea.setDividerPositions(0.6);
        setBottom(StatusBar.build(model, editor, messages, signedIn, databaseFile));
        model.visibleRows().addListener((obs, old, rows) -> rebuild());
        model.tableProperty().addListener((obs, old, table) -> showYear(table));
        model.previousScoresProperty().addListener((obs, old, scores) -> tree.refresh());
    }

    private Region tableArea() {
        tree.setId("initiativeTable");
        tree.setAccessibleText(messages.get("main.table.accessible"));
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setPlaceholder(tablePlaceholder);
        TreeTableColumn<TableItem, String> name = TableColumns.column(messages.get("column.initiative"), 230,
                i -> i.isCategory() ? i.category().name() : i.row().name());
        TreeTableColumn<TableItem, String> department = TableColumns.column(messages.get("column.department"), 95,
                i -> i.isCategory() ? "" : i.row().department().code());
        TreeTableColumn<TableItem, String> score = TableColumns.column(messages.get("column.score"), 110,
                i -> i.isCategory() ? "" : withTrend(i.row()));
        TreeTableColumn<TableItem, String> state = TableColumns.column(messages.get("column.state"), 110,
                i -> i.isCategory() ? "" : MainToolBar.stateText(messages, i.row().state()));
        state.setId("stateColumn");
        state.setMinWidth(110);
        noteColumn.setText(messages.get("column.note"));
        noteColumn.setPrefWidth(200);
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().getValue().isCategory() ? "" : TableColumns.preview(c.getValue().getValue().row().departmentNote())));
        TreeTableColumn<TableItem, String> assessment = TableColumns.column(messages.get("column.assessment"), 200,
                i -> i.isCategory() ? "" : TableColumns.preview(i.row().assessment()));
        nameColumn = name;
        tree.getColumns().setAll(List.of(name, department, score, noteColumn, assessment, state));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(TableItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CATEGORY, !empty && item != null && item.isCategory());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> onSelect(old, item));
        return tree;
    }

    /** "2/3 ▲": the score and a mark for better, same or worse than last year (none without a comparison). */
    private String withTrend(InitiativeRow row) {
        String score = TableColumns.scoreText(messages, row.score());
        String mark = model.trendOf(row).mark();
        return mark.isEmpty() ? score : score + " " + mark;
    }

    private void showYear(YearTable table) {
        String label = table == null ? messages.get("column.note") : table.year().noteLabel();
        noteColumn.setText(label);
        nameColumn.setMinWidth(table == null ? 0 : TableColumns.widestCategory(table));
        noteLabel = label;
        if (editorView != null) {
            editorView.setNoteLabel(label);
        }
        InitiativeRow shown = editor.rowProperty().get();
        if (table == null || shown != null
                && table.rows().stream().noneMatch(r -> r.initiativeId() == shown.initiativeId())) {
            editor.load(null);
        } else if (shown != null && shown.category().year() != table.year().year()) {
            // the same initiative in the year now shown: the form shows that year's report, not the last one's
            table.rows().stream().filter(r -> r.initiativeId() == shown.initiativeId()).findFirst()
                    .ifPresent(editor::load);
        }
    }

    private void rebuild() {
        YearTable table = model.tableProperty().get();
        Integer selectedId = editor.rowProperty().get() == null ? null : editor.rowProperty().get().initiativeId();
        Map<Integer, TreeItem<TableItem>> groups = new LinkedHashMap<>();
        TreeItem<TableItem> root = new TreeItem<>();
        if (table != null) {
            for (Category c : table.categories()) {
                TreeItem<TableItem> group = new TreeItem<>(new TableItem(c, null));
                group.setExpanded(true);
                groups.put(c.id(), group);
            }
        }
        TreeItem<TableItem> toSelect = null;
        for (InitiativeRow row : model.visibleRows().get()) {
            TreeItem<TableItem> item = new TreeItem<>(new TableItem(row.category(), row));
            groups.get(row.category().id()).getChildren().add(item);
            if (selectedId != null && selectedId == row.initiativeId()) {
                toSelect = item;
            }
        }
        groups.values().stream().filter(g -> !g.getChildren().isEmpty()).forEach(root.getChildren()::add);
        rebuilding = true;
        try {
            tree.setRoot(root);
            if (toSelect != null) {
                tree.getSelectionModel().select(toSelect);
            }
        } finally {
            rebuilding = false;
        }
    }

    private void onSelect(TreeItem<TableItem> old, TreeItem<TableItem> item) {
        if (rebuilding) {
            return;
        }
        InitiativeRow target = item == null || item.getValue() == null ? null : item.getValue().row();
        InitiativeRow current = editor.rowProperty().get();
        if (target != null && current != null && target.initiativeId() == current.initiativeId()) {
            return;
        }
        if (target == null && item != null) {
            return;
        }
        if (!editor.isDirty()) {
            editor.load(target);
            return;
        }
        switch (Dialogs.askUnsaved(getScene().getWindow(), messages)) {
            case SAVE -> editor.save(saved -> {
                model.replaceRow(saved);
                editor.load(target);
                selectInitiative(target);
            });
            case DISCARD -> editor.load(target);
            case CANCEL -> {
                rebuilding = true;
                tree.getSelectionModel().select(old);
                rebuilding = false;
            }
        }
    }

    private void selectInitiative(InitiativeRow row) {
        if (row == null || tree.getRoot() == null) {
            return;
        }
        rebuilding = true;
        try {
            for (TreeItem<TableItem> group : tree.getRoot().getChildren()) {
                for (TreeItem<TableItem> item : group.getChildren()) {
                    if (item.getValue().row().initiativeId() == row.initiativeId()) {
                        tree.getSelectionModel().select(item);
                    }
                }
            }
        } finally {
            rebuilding = false;
        }
    }

    /** Saves the form (Ctrl+S), then shows the saved row in the table. */
    public void save() {
        editor.save(model::replaceRow);
    }

    /**
     * Asks about unsaved changes before the user leaves the form. Returns true to go on now; false to
     * stay (cancelled, or saving first: {@code afterSave} then runs once the save succeeded).
     */
    public boolean confirmLeave(Runnable afterSave) {
        for (LeaveGuard guard : leaveGuards) {
            if (!guard.confirmLeave(afterSave)) {
                return false;
            }
        }
        if (!editor.isDirty()) {
            return true;
        }
        return switch (Dialogs.askUnsaved(getScene().getWindow(), messages)) {
            case SAVE -> {
                editor.save(saved -> {
                    model.replaceRow(saved);
                    afterSave.run();
                });
                yield false;
            }
            case DISCARD -> {
                editor.revert();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    private boolean confirmLeave() {
        return confirmLeave(() -> { });
    }

    /**
     * Puts the tool bar, the table and the editor form in the window, once. None of them is of use before
     * someone has signed in (what a user may see depends on who it is), so the window is first shown
     * without them and appears sooner: the app adds them while the sign-in form waits, or at the latest
     * on sign-in.
     */
    public void buildWorkArea() {
        if (editorView != null) {
            return;
        }
        editorView = new EditorView(editor, messages, this::save);
        editorView.setNoteLabel(noteLabel);
        VBox.setVgrow(editorView, Priority.ALWAYS);
        layOutEditorSide();
        top.getChildren().add(toolbar);
        setCenter(workArea);
    }

    /** Adds a feature's controls at the end of the tool bar (the grid mode's switch). */
    public void addToToolbar(Node... nodes) {
        toolbar.getItems().addAll(nodes);
    }

    /**
     * Shows {@code mode} (the grid) in place of the table and the form, or the table and the form again
     * when null. Both show the same rows; the filters above apply to both.
     */
    public void showInPlaceOfTable(Node mode) {
        if (editorView != null) {
            setCenter(mode != null ? mode : workArea);
        }
    }

    /** Puts a panel under the editor form (the submission's state actions and comment thread). */
    public void setEditorFooter(Node footer) {
        editorFooter = footer;
        layOutEditorSide();
    }

    /** The footer belongs under the form, and comes with it. */
    private void layOutEditorSide() {
        if (editorView == null) {
            return;
        }
        editorSide.getChildren().setAll(editorView);
        if (editorFooter != null) {
            editorSide.getChildren().add(editorFooter);
        }
    }

    /** Shows who is signed in, and in which role, in the status bar. */
    public void showSignedIn(String text) {
        signedIn.setText(text);
        tablePlaceholder.setText(messages.get("main.table.empty"));
    }

    /** What clicking the signed-in user's name does (the File menu offers the same to the keyboard). */
    public void setOnSignedInUserClicked(Runnable action, String tooltip) {
        signedIn.setOnMouseClicked(e -> action.run());
        signedIn.setCursor(Cursor.HAND);
        signedIn.setTooltip(new Tooltip(tooltip));
    }

    public String databaseFile() {
        return databaseFile;
    }

    /** What the table shows while it has no rows (and the example it offers then). */
    public EmptyTableHint emptyTableHint() {
        return tablePlaceholder;
    }

    public TreeTableView<TableItem> table() {
        return tree;
    }
}
