package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.common.Stylesheets;
import dk.sikkerby.indberetning.ui.common.Notices;
import dk.sikkerby.indberetning.service.importer.BundledExample;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import dk.sikkerby.indberetning.ui.export.ExportDialog;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesDialog;
import dk.sikkerby.indberetning.ui.importer.ImportDialog;
import dk.sikkerby.indberetning.ui.importer.ImportViewModel;
import dk.sikkerby.indberetning.ui.main.MainMenu;
import dk.sikkerby.indberetning.ui.main.MainView;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import dk.sikkerby.indberetning.ui.offline.OfflineActions;
import dk.sikkerby.indberetning.ui.setup.YearSetupView;
import dk.sikkerby.indberetning.ui.users.UserActions;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import dk.sikkerby.indberetning.ui.workflow.WorkflowWiring;
import dk.sikkerby.indberetning.ui.workflow.EditorAccess;
import dk.sikkerby.indberetning.ui.grid.GridViewModel;
import dk.sikkerby.indberetning.ui.grid.GridWiring;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Puts the main window together and wires its menus and keys. It is built while the user signs in (the
 * sign-in form is the window's first content, see {@link SikkerByApp}) and the database may still be
 * opening; {@link #attach} hands it the open database's context and the signed-in user
 * ({@link WorkflowWiring} adds what the user's role and the submissions' life need).
 */
public final class MainWindow {

    private final Stage stage;
    private final Messages messages;
    private final Background background;
    private final MainViewModel model;
    private final MainView view;
    private final MainMenu menu;
    private final WorkflowWiring workflow;
    private final GridWiring grid;
    private final Notices notices;
    private final EditorViewModel editor;
    private AppContext context;
    /** Whether the signed-in user may import (an administrator): only then is the example offered. */
    private final BooleanProperty mayImport = new SimpleBooleanProperty(false);

    public MainWindow(Messages messages, Stage stage, String databaseFile, Background background) {
        this.stage = stage;
        this.messages = messages;
        this.background = background;
        this.model = new MainViewModel(messages, () -> context.submissions(), background);
        this.editor = new EditorViewModel(messages, (row, form, onSaved, onFailed) -> {
            int year = row.category().year();
            background.run(() -> context.submissions().save(context.actor(), year, row.initiativeId(), form,
                    row.version()),
                    onSaved, onFailed);
        });
        editor.setCriteriaLoader((row, onLoaded, onFailed) -> background.run(
                () -> new EditorViewModel.LoadedCriteria(
                        context.submissions().criteria(row.category().year(), row.initiativeId()),
                        context.history().lastYearsCriteria(row.category().year(), row.initiativeId())),
                onLoaded, onFailed));
        this.menu = new MainMenu(messages);
        this.notices = new Notices(stage);
        this.view = new MainView(model, editor, messages, menu.bar(), databaseFile);
        this.workflow = new WorkflowWiring(stage, messages, background, model, view, editor);
        GridViewModel gridModel = new GridViewModel(messages, (year, edits, progress, onSaved, onFailed) -> {
            Background.Work<List<Submission>> work = background.run(
                    p -> context.submissions().saveAll(context.actor(), year, edits, p), onSaved, onFailed);
            work.progressProperty().addListener((obs, old, done) -> progress.accept(Math.max(0, done.doubleValue())));
            return work::requestCancel;
        });
        this.grid = new GridWiring(model, editor, gridModel, view, messages);
        fillMenus();
        view.emptyTableHint().offerExample(Bindings.createBooleanBinding(
                () -> mayImport.get() && model.years().isEmpty(), mayImport, model.years()), this::openExample);
    }

    /** The database is open: the window shows what was read at start-up and its commands work. */
    public void attach(AppContext openedContext, List<YearSummary> years, Optional<YearTable> newest) {
        this.context = openedContext;
        view.buildWorkArea();
        view.setDisable(false);
        menu.bar().setDisable(false);
        workflow.attach(openedContext, years, newest);
        grid.setAccess(new EditorAccess(messages, openedContext.actor(), workflow::yearLocked));
        workflow.onAccessChanged(grid.model()::applyAccess);
        mayImport.set(Rights.refusal(openedContext.actor(), Action.IMPORT_APPENDIX, Target.year(0, false)).isEmpty());
    }

    /** Commands need the open database; until it is attached (a moment at start) they do nothing. */
    private Runnable whenOpen(Runnable command) {
        return () -> {
            if (context != null) {
                command.run();
            }
        };
    }

    private void fillMenus() {
        menu.file().getItems().add(menu.item("menuImport", "menu.file.import", null,
                whenOpen(workflow.guarded(Action.IMPORT_APPENDIX, false, this::openImport))));
        menu.file().getItems().add(menu.item("menuImportExample", "menu.file.importExample", null,
                whenOpen(workflow.guarded(Action.IMPORT_APPENDIX, false, this::openExample))));
        menu.file().getItems().add(menu.item("menuExport", "menu.file.export", "Shortcut+E",
                whenOpen(workflow.guarded(Action.EXPORT, false, this::openExport))));
        OfflineActions offline = new OfflineActions(messages, () -> context, stage, model);
        offline.setOnApplied(text -> notices.information(messages.get("notice.applied.title"), text));
        grid.model().setOnSaveFailed(text -> notices.warning(messages.get("notice.saveFailed.title"), text));
        menu.file().getItems().addAll(offline.menuItems(menu));
        offline.installDrop(view);
        view.addToStatusBar(offline.templatesProgress());
        UserActions users = new UserActions(stage, messages, background, () -> context, model.messageProperty()::set);
        menu.file().getItems().add(menu.item("menuUsers", "menu.file.users", null, whenOpen(users::openUsers)));
        menu.file().getItems().add(menu.item("menuChangePassword", "menu.file.changePassword", null,
                whenOpen(users::changeOwnPassword)));
        view.setOnSignedInUserClicked(whenOpen(users::changeOwnPassword), messages.get("users.signedIn.tooltip"));
        menu.addSeparator(menu.file());
        menu.file().getItems().add(menu.item("menuExit", "menu.file.exit", "Shortcut+Q", this::close));
        menu.year().getItems().addAll(
                menu.item("menuNewYear", "menu.year.new", "Shortcut+N",
                        whenOpen(workflow.guarded(Action.MANAGE_SETUP, false, this::newYearFromLast))),
                menu.item("menuSetup", "menu.year.setup", null,
                        whenOpen(workflow.guarded(Action.MANAGE_SETUP, true, this::openSetup))),
                menu.item("menuLinkInitiatives", "link.open", null,
                        whenOpen(workflow.guarded(Action.MANAGE_SETUP, false, this::openLinks))),
                menu.item("menuOverview", "menu.year.overview", null, whenOpen(workflow::openOverview)),
                menu.item("menuLockYear", "menu.year.lock", null, whenOpen(() -> workflow.changeLock(true))),
                menu.item("menuUnlockYear", "menu.year.unlock", null, whenOpen(() -> workflow.changeLock(false))));
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(messages.get("menu.language." + locale.getLanguage()));
            item.setId("menuLanguage_" + locale.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(locale.equals(messages.locale()));
            item.setOnAction(e -> whenOpen(() -> chooseLanguage(locale)).run());
            menu.language().getItems().add(item);
        }
    }

    /**
     * Puts the window's content into {@code shell}, under the sign-in form that covers it, disabled until
     * {@link #attach}; the work area follows a moment later, so that the form stays quick to type in.
     */
    public void install(StackPane shell) {
        Scene scene = shell.getScene();
        // a window built again (the user chose a server on the sign-in form) finds the stylesheets in place
        scene.getStylesheets().removeAll(Stylesheets.CONTROLSFX_BRIDGE, Stylesheets.APP);
        scene.getStylesheets().addAll(Stylesheets.CONTROLSFX_BRIDGE, Stylesheets.APP);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (grid.isShown()) {
                grid.model().save();
            } else {
                view.save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> Optional.ofNullable(scene.lookup("#searchField")).ifPresent(Node::requestFocus));
        stage.setOnCloseRequest(e -> {
            if (!view.confirmLeave(stage::close)) {
                e.consume();
            }
        });
        StartupProbe.watch(scene, model.tableProperty());
        menu.bar().setDisable(true);
        view.setDisable(true);
        shell.getChildren().add(0, view);
        Platform.runLater(view::buildWorkArea);
    }

    private void close() {
        if (view.confirmLeave(stage::close)) {
            stage.close();
        }
    }

    private void newYearFromLast() {
        int next = model.years().stream().mapToInt(y -> y.year().year()).max().orElse(java.time.Year.now().getValue() - 1) + 1;
        Dialogs.askText(stage, messages, "newYearDialog", messages.get("newYear.title"), messages.get("newYear.question"),
                String.valueOf(next)).ifPresent(text -> {
                    int year;
                    try {
                        year = Integer.parseInt(text.strip());
                    } catch (NumberFormatException e) {
                        Dialogs.error(stage, messages, messages.get("newYear.notAYear", text));
                        return;
                    }
                    background.run(() -> {
                        context.setup().createFromPreviousYear(context.actor(), year);
                        return year;
                    }, created -> model.refreshYears(created),
                            error -> Dialogs.error(stage, messages, ErrorText.of(messages, error)));
                });
    }

    private void openSetup() {
        if (!view.confirmLeave(this::openSetup)) {
            return;
        }
        Integer year = model.selectedYearProperty().get();
        new YearSetupView(context, stage, year).showAndWait();
        model.refreshYears(year);
    }

    /** The renamed initiatives of the shown year, linked by the administrator (decision 0701). */
    private void openLinks() {
        Integer year = model.selectedYearProperty().get();
        if (year != null) {
            LinkInitiativesDialog.forYear(context, stage, year).showAndWait();
            model.refreshYears(year);
        }
    }

    private void openImport() {
        if (!view.confirmLeave(this::openImport)) {
            return;
        }
        new ImportDialog(importer(), messages, stage).showAndWait();
    }

    /** "Load the 2021 example": the import dialog on the example the app ships, its preview already started. */
    private void openExample() {
        if (!view.confirmLeave(this::openExample)) {
            return;
        }
        ImportViewModel importer = importer();
        importer.useExample(BundledExample.YEAR_2021);
        ImportDialog dialog = new ImportDialog(importer, messages, stage);
        importer.preview();
        dialog.showAndWait();
    }

    private ImportViewModel importer() {
        return new ImportViewModel(messages, context.services().imports(),
                context.actor(), context.background(), year -> {
                    model.refreshYears(year);
                    offerLinks(year);
                });
    }

    /**
     * Right after an import of {@code year}: if its initiatives or the next year's look like renamed ones
     * of the neighbouring year, the link dialog asks about them (decision 0703); nothing is linked silently.
     */
    private void offerLinks(int year) {
        context.background().run(() -> context.services().links().proposalsAround(year), proposals -> {
            if (!proposals.isEmpty()) {
                LinkInitiativesDialog.afterImport(context, stage, year).showAndWait();
                model.refreshYears(year);
            }
        }, error -> model.messageProperty().set(ErrorText.of(messages, error)));
    }

    private void openExport() {
        if (!view.confirmLeave(this::openExport)) {
            return;
        }
        new ExportDialog(context, stage, model.selectedYearProperty().get()).show();
    }

    private void chooseLanguage(Locale locale) {
        context.settings().setLanguage(locale);
        background.run(() -> {
            context.settings().save();
            return locale;
        }, saved -> model.messageProperty().set(messages.get("language.changed")),
                error -> model.messageProperty().set(ErrorText.of(messages, error)));
    }

    public MainView view() {
        return view;
    }

    public MainViewModel model() {
        return model;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public Notices notices() {
        return notices;
    }

    public GridWiring grid() {
        return grid;
    }

    public MainMenu menu() {
        return menu;
    }
}
