package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The main window's status bar: counts, the last message and save, who is signed in, and the database file. */
final class StatusBar {

    private StatusBar() {
    }

    static HBox build(MainViewModel model, EditorViewModel editor, Messages messages, Label signedIn,
                      String databaseFile) {
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.textProperty().bind(model.counts());
        Label message = new Label();
        message.setId("statusMessage");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(model.messageProperty());
        Label saved = new Label();
        saved.setId("statusSaved");
        saved.textProperty().bind(editor.lastResultProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label file = new Label(messages.get("status.database", databaseFile));
        file.setId("databasePath");
        signedIn.setId("signedInUser");
        HBox bar = new HBox(16, counts, message, saved, spacer, signedIn, file);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }
}
