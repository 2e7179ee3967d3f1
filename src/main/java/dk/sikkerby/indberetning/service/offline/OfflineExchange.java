package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.persistence.Store;
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

    private final Store store;
    private final String databaseIdentity;
    private final TemplateService templates;

    /** {@code databaseIdentity}: the open database's, which the workbooks it made carry. */
    public OfflineExchange(Store store, String databaseIdentity, TemplateService templates) {
        this.store = store;
        this.databaseIdentity = databaseIdentity;
        this.templates = templates;
    }

    public TemplateService templates() {
        return templates;
    }

    /**
     * Reads and checks the files and compares them with the database; nothing is written. What
     * {@code actor} may not read in (another department's workbook, a locked year, a submitted or
     * approved row the workbook changes) is an error finding that refuses the file. An exception out of
     * {@code progress} (a cancel) stops the reading; as nothing was written, nothing needs undoing.
     */
    public ImportPreview preview(Actor actor, List<Path> files, Expectation expectation, Progress progress) {
        Optional<byte[]> key = ExchangeKey.find(store.direct());
        ReturnedWorkbookReader reader = new ReturnedWorkbookReader(databaseIdentity, key, expectation);
        List<ReturnedWorkbook> read = new ArrayList<>();
        progress.update(0, files.size());
        for (Path file : files) {
            read.add(reader.read(file));
            progress.update(read.size(), files.size());
        }
        return new ReturnPlanner(store, actor).plan(read);
    }

    /**
     * Writes the accepted files of a preview in one transaction, with an audit row (action "returned
     * template") per changed field; every conflict needs a resolution. The rights are checked again on
     * what the transaction reads.
     */
    public ApplyResult apply(Actor actor, ImportPreview preview, Map<RowPlan.Key, Resolution> resolutions) {
        return new ReturnApplier(store, actor).apply(preview, resolutions);
    }
}
