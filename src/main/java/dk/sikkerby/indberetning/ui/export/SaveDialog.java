package dk.sikkerby.indberetning.ui.export;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.export.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog, opening in the folder of the last export and adding the extension if left out. */
public final class SaveDialog implements TargetChooser {

    private static volatile File lastFolder;

    private final Messages messages;

    public SaveDialog(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> choose(Window owner, String suggestedName, ExportFormat format) {
        String extension = format.extension();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("export.chooser." + extension), "*." + extension));
        chooser.setInitialFileName(suggestedName);
        File folder = lastFolder;
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            file = new File(file.getParentFile(), file.getName() + "." + extension);
        }
        return Optional.of(file.toPath());
    }
}
