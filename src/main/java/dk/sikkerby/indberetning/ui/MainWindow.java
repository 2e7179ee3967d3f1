package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.Dialogs;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import dk.sikkerby.indberetning.ui.main.MainMenu;
import dk.sikkerby.indberetning.ui.main.MainView;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import dk.sikkerby.indberetning.ui.offline.OfflineActions;
import dk.sikkerby.indberetning.ui.setup.YearSetupView;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** Puts the main window together from the context and wires its menus and keys. */
public final class MainWindow {

    private final AppContext context;
    private final Stage stage;
    private final Messages messages;
    private final MainViewModel model;
    private final MainView view;
    private final MainMenu menu;

    public MainWindow(AppContext context, Stage stage, StartOptions options) {
        this.context = context;
        this.stage = stage;
        this.messages = context.messages();
        this.model = new MainViewModel(messages, context.submissions(), context.background());
        EditorViewModel editor = new EditorViewModel(messages, (row, form, onSaved, onFailed) -> {
            int year = row.category().year();
            context.background().run(() -> context.submissions().save(year, row.initiativeId(), form, row.version()),
                    onSaved, onFailed);
        });
        this.menu = new MainMenu(messages);
        this.view = new MainView(model, editor, messages, menu.bar(), context.database().file().toString());
        fillMenus();
    }

    private void fillMenus() {
        OfflineActions offline = new OfflineActions(context, stage, model);
        menu.file().getItems().addAll(offline.menuItems(menu));
        offline.installDrop(view);
        menu.file().getItems().add(menu.item("menuExit", "menu.file.exit", "Shortcut+Q", this::close));
        menu.year().getItems().addAll(
                menu.item("menuNewYear", "menu.year.new", "Shortcut+N", this::newYearFromLast),
                menu.item("menuSetup", "menu.year.setup", null, this::openSetup));
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(messages.get("menu.language." + locale.getLanguage()));
            item.setId("menuLanguage_" + locale.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(locale.equals(messages.locale()));
            item.setOnAction(e -> chooseLanguage(locale));
            menu.language().getItems().add(item);
        }
    }

    public void show() {
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/dk/sikkerby/indberetning/ui/app.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), view::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> scene.lookup("#searchField").requestFocus());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title.file", context.database().file().toString()));
        stage.setOnCloseRequest(e -> {
            if (!view.confirmLeave(stage::close)) {
                e.consume();
            }
        });
        model.refreshYears(null);
    }

    private void close() {
        if (view.confirmLeave(stage::close)) {
            stage.close();
        }
    }

    private void newYearFromLast() {
        int next = model.years().stream().mapToInt(y -> y.year().year()).max().orElse(java.time.Year.now().getValue() - 1) + 1;
        Dialogs.askText(stage, "newYearDialog", messages.get("newYear.title"), messages.get("newYear.question"),
                String.valueOf(next)).ifPresent(text -> {
                    int year;
                    try {
                        year = Integer.parseInt(text.strip());
                    } catch (NumberFormatException e) {
                        Dialogs.error(stage, messages, messages.get("newYear.notAYear", text));
                        return;
                    }
                    context.background().run(() -> {
                        context.setup().createFromPreviousYear(year);
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

    private void chooseLanguage(Locale locale) {
        context.settings().setLanguage(locale);
        try {
            context.settings().save();
            model.messageProperty().set(messages.get("language.changed"));
        } catch (IOException e) {
            model.messageProperty().set(messages.get("settings.error.write", e.getMessage()));
        }
    }

    public MainView view() {
        return view;
    }

    public MainViewModel model() {
        return model;
    }

    public MainMenu menu() {
        return menu;
    }
}
