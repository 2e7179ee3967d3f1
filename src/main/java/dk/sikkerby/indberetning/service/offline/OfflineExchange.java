package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline exchange as the app and the command line use it: make the workbooks that go out, read
 * returned ones into a preview that writes nothing, and apply a confirmed preview.
 */
public final class OfflineExchange {

    private final Database database;
    private final TemplateService templates;

    public OfflineExchange(Database database, Messages messages) {
        this.database = database;
        this.templates = new TemplateService(database, messages);
    }

    public TemplateService templates() {
        return templates;
    }

    /** Reads and checks the files and compares them with the database; nothing is written. */
    public ImportPreview preview(List<Path> files, Expectation expectation, Progress progress) {
        Optional<byte[]> key = ExchangeKey.find(database.dsl());
        ReturnedWorkbookReader reader = new ReturnedWorkbookReader(database.identity(), key, expectation);
        List<ReturnedWorkbook> read = new ArrayList<>();
        for (Path file : files) {
            read.add(reader.read(file));
            progress.update(read.size(), files.size());
        }
        return new ImportPlanner(database.dsl()).plan(read);
    }

    /** Writes the accepted files of a preview in one transaction; every conflict needs a resolution. */
    public ApplyResult apply(ImportPreview preview, Map<RowPlan.Key, Resolution> resolutions) {
        return new ImportApplier(database.dsl()).apply(preview, resolutions);
    }
}
