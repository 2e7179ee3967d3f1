package dk.sikkerby.indberetning.ui.history;

import atlantafx.base.theme.Styles;
import dk.sikkerby.indberetning.domain.InitiativeLink;
import dk.sikkerby.indberetning.domain.LinkQuestion.Candidate;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.Stylesheets;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesViewModel.Answer;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesViewModel.Row;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The administrator's dialog for renamed initiatives: the year's new initiatives beside the predecessor
 * proposed for each; per row link, keep apart, or choose another; undo before applying. Keys: the
 * buttons' mnemonics (Alt + the underlined letter), Ctrl+Z to undo, Escape to close. Below the questions,
 * the links already made; a wrong one is taken away with "Remove link" (or Delete), after a confirmation.
 * Opened by the app after an import too ({@link #afterImport}), asking in both directions.
 */
public final class LinkInitiativesDialog extends Stage {

    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    private static final PseudoClass KEPT_APART = PseudoClass.getPseudoClass("kept-apart");

    private final Messages messages;
    private final LinkInitiativesViewModel model;
    private final TableView<Row> table = new TableView<>();
    private final ComboBox<Candidate> predecessor = new ComboBox<>();
    /** True while the list shows the model's choice: what it fires then is not the user's choosing. */
    private boolean showing;

    private final ListView<InitiativeLink> existing = new ListView<>();

    public LinkInitiativesDialog(Window owner, Messages messages, LinkInitiativesViewModel model, int year) {
        this(owner, messages, model, year, false);
    }

    private LinkInitiativesDialog(Window owner, Messages messages, LinkInitiativesViewModel model, int year,
                                  boolean afterImport) {
        this.messages = messages;
        this.model = model;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("link.title", year));
        Label intro = new Label(messages.get(afterImport ? "link.intro.afterImport" : "link.intro", year));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.setId("linkIntro");

        table.setId("linkTable");
        table.setAccessibleText(messages.get("link.table.accessible"));
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("link.empty", year)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("link.column.year", 60, r -> String.valueOf(r.question().year())),
                column("link.column.initiative", 220, r -> r.question().name()),
                column("link.column.department", 110, r -> r.question().departmentCode()),
                column("link.column.predecessor", 320, r -> model.candidateText(r.chosenProperty().get())),
                column("link.column.answer", 200, model::answerText)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                Answer answer = empty || row == null ? Answer.OPEN : row.answerProperty().get();
                pseudoClassStateChanged(LINKED, answer == Answer.LINK);
                pseudoClassStateChanged(KEPT_APART, answer == Answer.KEEP_APART);
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> showSelected(
                model.selectedProperty().get()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, was, row) -> showSelected(row));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label predecessorLabel = new Label(messages.get("link.predecessor"));
        predecessorLabel.setMnemonicParsing(true);
        predecessorLabel.setLabelFor(predecessor);
        predecessor.setId("linkPredecessor");
        predecessor.setAccessibleText(messages.get("link.predecessor.accessible"));
        predecessor.setPrefWidth(340);
        predecessor.setCellFactory(l -> cell());
        predecessor.setButtonCell(cell());
        predecessor.disableProperty().bind(model.canAnswer().not());
        predecessor.setOnAction(e -> {
            if (!showing) {
                model.choose(predecessor.getValue());
            }
        });
        Button link = button("linkAccept", "link.accept", model::link);
        link.getStyleClass().add(Styles.SUCCESS);
        link.disableProperty().bind(model.canAnswer().not());
        Button keepApart = button("linkReject", "link.reject", model::keepApart);
        keepApart.disableProperty().bind(model.canAnswer().not());
        Button undo = button("linkUndo", "link.undo", model::undo);
        undo.disableProperty().bind(model.canUndo().not());
        HBox answers = new HBox(8, predecessorLabel, predecessor, link, keepApart, undo);
        answers.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("linkMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button apply = button("linkApply", "link.apply", model::apply);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.canApply().not());
        Button close = button("linkClose", "link.close", this::closeAsked);
        close.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, message, gap, apply, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.SOMETIMES);

        BorderPane root = new BorderPane(new VBox(10, intro, table, answers, existingLinks()));
        root.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(14));
        root.setId("linkDialog");
        Scene scene = new Scene(root, 1020, 540);
        scene.getStylesheets().addAll(Stylesheets.CONTROLSFX_BRIDGE, Stylesheets.APP);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undo);
        setScene(scene);
        setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        setOnShown(e -> table.requestFocus());
        if (afterImport) {
            model.loadAround(year);
        } else {
            model.load(year);
        }
    }

    /**
     * After {@code year} was imported: the same dialog, asking about the imported year's new initiatives
     * and the next year's (decision 0703). Nothing is linked without an answer and "apply".
     */
    public static LinkInitiativesDialog afterImport(AppContext context, Window owner, int year) {
        return new LinkInitiativesDialog(owner, context.messages(), new LinkInitiativesViewModel(context.messages(),
                context.background(), context.services().links(), context.actor()), year, true);
    }

    /** The links already made, and "Remove link" (or Delete) for a wrong one, after a confirmation. */
    private VBox existingLinks() {
        Label title = new Label(messages.get("link.existing"));
        title.setMnemonicParsing(true);
        title.setLabelFor(existing);
        existing.setId("linkExisting");
        existing.setAccessibleText(messages.get("link.existing.accessible"));
        existing.setItems(model.linked());
        existing.setPrefHeight(96);
        existing.setPlaceholder(new Label(messages.get("link.existing.none")));
        existing.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(InitiativeLink link, boolean empty) {
                super.updateItem(link, empty);
                setText(empty || link == null ? null : model.linkText(link));
            }
        });
        existing.getSelectionModel().selectedItemProperty().addListener((o, was, link) ->
                model.selectedLinkProperty().set(link));
        model.selectedLinkProperty().addListener((o, was, link) -> {
            if (link == null) {
                existing.getSelectionModel().clearSelection();
            }
        });
        existing.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                removeAsked();
            }
        });
        Button remove = button("linkRemove", "link.remove", this::removeAsked);
        remove.setAccessibleText(messages.get("link.remove.accessible"));
        remove.disableProperty().bind(model.canUnlink().not());
        HBox row = new HBox(8, existing, remove);
        HBox.setHgrow(existing, Priority.ALWAYS);
        return new VBox(4, title, row);
    }

    /** Asks before taking the selected link away. */
    private void removeAsked() {
        InitiativeLink link = model.selectedLinkProperty().get();
        if (link != null && model.canUnlink().get() && Dialogs.confirm(this, messages, "linkRemoveDialog",
                messages.get("link.remove.title"), messages.get("link.remove.question", link.name(),
                        link.predecessorName()), messages.get("link.remove.confirm"))) {
            model.unlink();
        }
    }

    /** The dialog for {@code year} on the open database, as the signed-in user. */
    public static LinkInitiativesDialog forYear(AppContext context, Window owner, int year) {
        return new LinkInitiativesDialog(owner, context.messages(), new LinkInitiativesViewModel(context.messages(),
                context.background(), context.services().links(), context.actor()), year);
    }

    /** The selected row's predecessors in the list, its chosen one shown; the table follows the model. */
    private void showSelected(Row row) {
        table.refresh();
        showing = true;
        try {
            if (row == null) {
                predecessor.getItems().clear();
                return;
            }
            if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
            if (!predecessor.getItems().equals(row.question().candidates())) {
                predecessor.getItems().setAll(row.question().candidates());
            }
            predecessor.setValue(row.chosenProperty().get());
        } finally {
            showing = false;
        }
    }

    private void closeAsked() {
        if (mayClose()) {
            close();
        }
    }

    /** Answers not applied are lost on closing: asks first. */
    private boolean mayClose() {
        int pending = model.pending();
        return pending == 0 || Dialogs.confirm(this, messages, "linkDiscardDialog", messages.get("link.discard.title"),
                messages.get("link.discard.question", pending), messages.get("link.discard.confirm"));
    }

    private ListCell<Candidate> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Candidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? messages.get("link.noCandidate") : model.candidateText(c));
            }
        };
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<Row, String> column(String key, double width, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue()),
                c.getValue().chosenProperty(), c.getValue().answerProperty()));
        return column;
    }
}
