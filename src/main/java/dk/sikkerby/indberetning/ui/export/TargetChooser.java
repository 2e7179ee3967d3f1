package dk.sikkerby.indberetning.ui.export;

import dk.sikkerby.indberetning.service.export.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save the export; {@link SaveDialog} is the system's save dialog. */
@FunctionalInterface
public interface TargetChooser {

    Optional<Path> choose(Window owner, String suggestedName, ExportFormat format);
}
