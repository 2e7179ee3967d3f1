package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.ImportAccount;
import dk.sikkerby.indberetning.domain.YearControl;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports an old appendix file: reads it (no database), plans against the database, and applies the
 * plan in one transaction with its audit rows, so that an error anywhere leaves the database as it was.
 * Only an administrator imports (it creates the year's set-up and writes assessments too), and never
 * into a locked year. A dry run, and the
 * app's preview, plan without applying; the app's confirmation applies a preview after checking that
 * the database has not changed since.
 */
public final class ImportService {

    private final Store store;

    public ImportService(Store store) {
        this.store = store;
    }

    /**
     * Reads, plans and, unless it is a dry run or refused, writes: the command line's import.
     *
     * @throws UserFacingException if {@code actor} may not import (only an administrator may), or the
     *                             file's year is locked; nothing is written then
     */
    public ImportResult run(Actor actor, Path file, ImportRequest request, Progress progress) {
        return run(actor, request, reader -> reader.read(file, request.year(), progress), progress);
    }

    /**
     * The same for a file whose reading started before the database was open ({@link ReadAhead}, the command
     * line's import): finished here with the stored departments, so the result is the same as reading the file here.
     *
     * @throws UserFacingException as for a file
     */
    public ImportResult run(Actor actor, ReadAhead file, ImportRequest request, Progress progress) {
        return run(actor, request, file::finish, progress);
    }

    /**
     * The same for an example the app ships ({@code import --example 2021}, "Load the 2021 example"):
     * read from the class path, recorded under the example's file name.
     *
     * @throws UserFacingException as for a file
     */
    public ImportResult run(Actor actor, BundledExample example, ImportRequest request, Progress progress) {
        return run(actor, request, reader -> reader.read(example.fileName(), example.bytes(), request.year(), progress),
                progress);
    }

    private ImportResult run(Actor actor, ImportRequest request, Function<AppendixReader, ParsedAppendix> reading,
                             Progress progress) {
        Rights.check(actor, Action.IMPORT_APPENDIX, Target.year(0, false));
        ParsedAppendix parsed = reading.apply(reader());
        if (parsed.hasErrors()) {
            return new ImportResult(Outcome.REFUSED_ERRORS, request, parsed, Optional.empty());
        }
        return store.transactionResult(tx -> {
            checkYear(tx, actor, parsed.year());
            ImportPlan plan = plan(tx, parsed);
            Outcome outcome = Outcome.decide(parsed, plan, request);
            if (outcome == Outcome.IMPORTED) {
                write(tx, actor, parsed, plan, request.replace(), progress);
            }
            return new ImportResult(outcome, request, parsed, Optional.of(plan));
        });
    }

    /** Reads and plans without writing: what the app shows before the user confirms. */
    public ImportResult preview(Actor actor, Path file, Optional<Integer> year, Progress progress) {
        return run(actor, file, ImportRequest.preview(year), progress);
    }

    /** The preview of an example the app ships. */
    public ImportResult preview(Actor actor, BundledExample example, Optional<Integer> year, Progress progress) {
        return run(actor, example, ImportRequest.preview(year), progress);
    }

    /**
     * Applies a preview the user confirmed, replacing changed submissions if {@code replace}.
     *
     * @throws UserFacingException if the database changed since the preview; nothing is written then
     */
    public ImportResult apply(Actor actor, ImportResult preview, boolean replace, Progress progress) {
        Rights.check(actor, Action.IMPORT_APPENDIX, Target.year(0, false));
        ParsedAppendix parsed = preview.parsed();
        ImportRequest request = new ImportRequest(preview.request().year(), false, replace);
        if (parsed.hasErrors() || preview.plan().isEmpty()) {
            return new ImportResult(Outcome.REFUSED_ERRORS, request, parsed, Optional.empty());
        }
        return store.transactionResult(tx -> {
            checkYear(tx, actor, parsed.year());
            ImportPlan plan = plan(tx, parsed);
            if (!plan.equals(preview.plan().get())) {
                throw new UserFacingException("import.error.changedSincePreview");
            }
            Outcome outcome = Outcome.decide(parsed, plan, request);
            if (outcome == Outcome.IMPORTED) {
                write(tx, actor, parsed, plan, replace, progress);
            }
            return new ImportResult(outcome, request, parsed, Optional.of(plan));
        });
    }

    /**
     * Reads the 2021 example the app ships and plans it against the database, as its preview does, and forgets
     * the result, so that the first import the user asks for finds the reader and the planner loaded and run
     * once (issue 19, decision 1907). Writes nothing; the plan is never shown, so it needs no right.
     */
    public void prepare() {
        BundledExample example = BundledExample.YEAR_2021;
        ParsedAppendix parsed = reader().read(example.fileName(), example.bytes(), Optional.empty(), Progress.NONE);
        if (!parsed.hasErrors()) {
            store.transactionResult(tx -> plan(tx, parsed));
        }
    }

    private AppendixReader reader() {
        return new AppendixReader(KnownVocabulary.builtIn().withDepartments(store.direct().departments().all()));
    }

    private static ImportPlan plan(Repositories tx, ParsedAppendix parsed) {
        return ImportPlanner.plan(parsed, ImportStore.load(tx, parsed.year()), KnownVocabulary.builtIn().defaultNoteLabel());
    }

    /** Checked in the transaction that writes, on the lock read there. */
    private static void checkYear(Repositories tx, Actor actor, int year) {
        boolean locked = tx.yearControls().find(year).map(YearControl::locked).orElse(false);
        Rights.check(actor, Action.IMPORT_APPENDIX, Target.year(year, locked));
    }

    /**
     * The submissions, their audit rows (action "import") and the import log, all with the same moment;
     * then the account of the submissions the import created, which names the stored run (decision 1905).
     */
    private static void write(Repositories tx, Actor actor, ParsedAppendix parsed, ImportPlan plan, boolean replace,
                              Progress progress) {
        AuditTrail trail = new AuditTrail(tx, actor, AuditAction.IMPORT);
        ImportWriter.Written written = new ImportWriter(tx, progress, trail, actor.login()).apply(plan);
        long run = ImportLog.write(tx, parsed, ImportResult.merged(parsed, Optional.of(plan)), replace,
                written.versions(), written.rewritten(), trail.at());
        if (!written.created().isEmpty()) {
            trail.created(parsed.year(), ImportAccount.of(run, parsed.sha256(), parsed.fileName(), written.created()));
        }
    }
}
