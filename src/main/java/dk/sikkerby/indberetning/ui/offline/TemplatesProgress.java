package dk.sikkerby.indberetning.ui.offline;

import dk.sikkerby.indberetning.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The status bar's progress and cancel button while the departments' workbooks are written. Only builds and binds. */
final class TemplatesProgress {

    private TemplatesProgress() {
    }

    static HBox build(TemplatesViewModel model, Messages messages) {
        ProgressBar bar = new ProgressBar();
        bar.setId("templatesProgress");
        bar.setAccessibleText(messages.get("offline.templates.progress.accessible"));
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(messages.get("offline.templates.cancel"));
        cancel.setId("templatesCancel");
        cancel.setOnAction(e -> model.cancel());
        HBox box = new HBox(8, bar, cancel);
        box.setId("templatesWork");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
