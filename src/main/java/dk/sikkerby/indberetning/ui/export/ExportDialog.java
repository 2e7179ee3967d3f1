package dk.sikkerby.indberetning.ui.export;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.AppContext;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File → Export…: the export dialog in its own window, with the system's save dialog and "open the file". */
public final class ExportDialog extends Stage {

    public ExportDialog(AppContext context, Window owner, Integer year) {
        this(context, owner, year, new SaveDialog(context.messages()), FileOpener.desktop());
    }

    ExportDialog(AppContext context, Window owner, Integer year, TargetChooser chooser, FileOpener opener) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(context.messages().get("export.title"));
        Scene scene = new Scene(content(context, this, year, chooser, opener, this::close), 640, 520);
        scene.getStylesheets().add(Objects.requireNonNull(
                ExportDialog.class.getResource("/dk/sikkerby/indberetning/ui/app.css")).toExternalForm());
        setScene(scene);
    }

    /** The dialog's content, wired to its model, the save dialog and closing; starts loading the choices. */
    static ExportView content(AppContext context, Window window, Integer year, TargetChooser chooser, FileOpener opener,
                              Runnable close) {
        Messages messages = context.messages();
        ExportViewModel model = new ExportViewModel(messages, context.services().exports(),
                context.services().trafficLights(), context.submissions(), context.setup(),
                context.actor(), context.background(), opener);
        ExportView view = new ExportView(model, messages);
        view.startButton().setOnAction(e -> chooser.choose(window, model.suggestedFileName(), model.formatProperty().get())
                .ifPresent(model::export));
        view.closeButton().setOnAction(e -> close.run());
        model.load(year);
        return view;
    }
}
