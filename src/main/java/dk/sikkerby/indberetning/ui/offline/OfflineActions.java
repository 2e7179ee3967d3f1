package dk.sikkerby.indberetning.ui.offline;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.main.MainMenu;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The offline exchange in the main window: File → make workbooks for the departments of the selected
 * year, File → import returned workbooks, and files dropped anywhere on the window, which open the
 * same preview. The window is shown before the database is open: {@code context} gives null until
 * then, and the actions wait for it (the menus are disabled, drops are not accepted).
 */
public final class OfflineActions {

    private final Messages messages;
    private java.util.function.Consumer<String> onApplied = text -> { };
    private final Supplier<AppContext> context;
    private final Stage owner;
    private final MainViewModel main;
    private final TemplatesViewModel templates;

    /** Told the sentence of a returned workbook's rows written (the main window shows it as a notice). */
    public void setOnApplied(java.util.function.Consumer<String> listener) {
        this.onApplied = listener;
    }

    public OfflineActions(Messages messages, Supplier<AppContext> context, Stage owner, MainViewModel main) {
        this.messages = messages;
        this.context = context;
        this.owner = owner;
        this.main = main;
        this.templates = new TemplatesViewModel(messages, () -> context.get().background(), main.messageProperty());
    }

    private OfflineExchange exchange() {
        return context.get().services().offline();
    }

    public List<MenuItem> menuItems(MainMenu menu) {
        return List.of(menu.item("menuTemplates", "menu.file.templates", null, this::makeTemplates),
                menu.item("menuImportReturn", "menu.file.importReturn", null, this::chooseFiles));
    }

    /** Files dropped on {@code target} (the window's content) are read into a preview. */
    public void installDrop(Node target) {
        target.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && context.get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && context.get() != null) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                e.setDropCompleted(true);
                e.consume();
                openPreview(files);
            }
        });
    }

    private void chooseFiles() {
        if (context.get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("offline.import.chooseFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("offline.import.filter"), "*.xlsx"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            openPreview(files.stream().map(File::toPath).toList());
        }
    }

    /** Opens the preview window and starts reading the files for the selected year. */
    public void openPreview(List<Path> files) {
        ImportPreviewViewModel model = new ImportPreviewViewModel(messages, exchange(), context.get().actor(),
                context.get().background());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("offline.import.title"));
        Integer year = main.selectedYearProperty().get();
        ImportPreviewPane pane = new ImportPreviewPane(messages, model, () -> {
            if (year != null) {
                main.loadYear(year);
            }
            onApplied.accept(model.messageProperty().get());
        }, stage::close);
        Scene scene = new Scene(pane, 1100, 640);
        scene.getStylesheets().add(Objects.requireNonNull(
                OfflineActions.class.getResource("/dk/sikkerby/indberetning/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        stage.show();
        model.load(files, year);
    }

    private void makeTemplates() {
        if (context.get() == null) {
            return;
        }
        Integer year = main.selectedYearProperty().get();
        if (year == null) {
            main.messageProperty().set(messages.get("offline.templates.noYear"));
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("offline.templates.chooseFolder", year));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            writeTemplates(year, folder.toPath());
        }
    }

    /** Writes the year's workbooks into {@code folder}, the progress and a cancel shown in the status bar. */
    public void writeTemplates(int year, Path folder) {
        templates.write(exchange().templates(), context.get().actor(), year, folder);
    }

    /** The status bar's progress and cancel button for the workbooks (shown only while they are written). */
    public Node templatesProgress() {
        return TemplatesProgress.build(templates, messages);
    }
}
