package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.i18n.Messages;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; each feature adds its items through the menus it returns. */
public final class MainMenu {

    private final Messages messages;
    private final Menu file;
    private final Menu year;
    private final Menu language;
    private final MenuBar bar;

    public MainMenu(Messages messages) {
        this.messages = messages;
        file = menu("menuFile", "menu.file");
        year = menu("menuYear", "menu.year");
        language = menu("menuLanguage", "menu.language");
        bar = new MenuBar(file, year, language);
        bar.setId("menuBar");
    }

    private Menu menu(String id, String key) {
        Menu m = new Menu(messages.get(key));
        m.setId(id);
        return m;
    }

    public MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    public void addSeparator(Menu menu) {
        menu.getItems().add(new SeparatorMenuItem());
    }

    public Menu file() {
        return file;
    }

    public Menu year() {
        return year;
    }

    public Menu language() {
        return language;
    }

    public MenuBar bar() {
        return bar;
    }
}
