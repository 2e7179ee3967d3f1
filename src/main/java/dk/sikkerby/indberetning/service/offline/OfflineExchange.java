package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.Actor;
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

    /**
     * Reads and checks the files and compares them with the database; nothing is written. What
     * {@code actor} may not read in (another department's workbook, a locked year, a submitted or
     * approved row the workbook changes) is an error finding that refuses the file.
     */
    public ImportPreview preview(Actor actor, List<Path> files, Expectation expectation, Progress progress) {
        Optional<byte[]> key = ExchangeKey.find(database.dsl());
        ReturnedWorkbookReader reader = new ReturnedWorkbookReader(database.identity(), key, expectation);
        List<ReturnedWorkbook> read = new ArrayList<>();
        for (Path file : files) {
            read.add(reader.read(file));
            progress.update(read.size(), files.size());
        }
        return new ImportPlanner(database.dsl(), actor).plan(read);
    }

    /**
     * Writes the accepted files of a preview in one transaction, with an audit row (action "returned
     * template") per changed field; every conflict needs a resolution. The rights are checked again on
     * what the transaction reads.
     */
    public ApplyResult apply(Actor actor, ImportPreview preview, Map<RowPlan.Key, Resolution> resolutions) {
        return new ImportApplier(database.dsl(), actor).apply(preview, resolutions);
    }
}
