package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.nio.file.Path;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Imports an old appendix file: reads it (no database), plans against the database, and applies the
 * plan in one transaction, so that an error anywhere leaves the database as it was. A dry run, and the
 * app's preview, plan without applying; the app's confirmation applies a preview after checking that
 * the database has not changed since.
 */
public final class ImportService {

    private final DSLContext dsl;

    public ImportService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Reads, plans and, unless it is a dry run or refused, writes: the command line's import. */
    public ImportResult run(Path file, ImportRequest request, Progress progress) {
        ParsedAppendix parsed = read(file, request, progress);
        if (parsed.hasErrors()) {
            return new ImportResult(Outcome.REFUSED_ERRORS, request, parsed, Optional.empty());
        }
        return dsl.transactionResult(cfg -> {
            ImportPlan plan = plan(cfg.dsl(), parsed);
            Outcome outcome = Outcome.decide(parsed, plan, request);
            if (outcome == Outcome.IMPORTED) {
                write(cfg.dsl(), parsed, plan, request.replace(), progress);
            }
            return new ImportResult(outcome, request, parsed, Optional.of(plan));
        });
    }

    /** Reads and plans without writing: what the app shows before the user confirms. */
    public ImportResult preview(Path file, Optional<Integer> year, Progress progress) {
        return run(file, ImportRequest.preview(year), progress);
    }

    /**
     * Applies a preview the user confirmed, replacing changed submissions if {@code replace}.
     *
     * @throws UserFacingException if the database changed since the preview; nothing is written then
     */
    public ImportResult apply(ImportResult preview, boolean replace, Progress progress) {
        ParsedAppendix parsed = preview.parsed();
        ImportRequest request = new ImportRequest(preview.request().year(), false, replace);
        if (parsed.hasErrors() || preview.plan().isEmpty()) {
            return new ImportResult(Outcome.REFUSED_ERRORS, request, parsed, Optional.empty());
        }
        return dsl.transactionResult(cfg -> {
            ImportPlan plan = plan(cfg.dsl(), parsed);
            if (!plan.equals(preview.plan().get())) {
                throw new UserFacingException("import.error.changedSincePreview");
            }
            Outcome outcome = Outcome.decide(parsed, plan, request);
            if (outcome == Outcome.IMPORTED) {
                write(cfg.dsl(), parsed, plan, replace, progress);
            }
            return new ImportResult(outcome, request, parsed, Optional.of(plan));
        });
    }

    private ParsedAppendix read(Path file, ImportRequest request, Progress progress) {
        KnownVocabulary vocabulary = KnownVocabulary.builtIn().withDepartments(new DepartmentRepository(dsl).all());
        return new AppendixReader(vocabulary).read(file, request.year(), progress);
    }

    private static ImportPlan plan(DSLContext dsl, ParsedAppendix parsed) {
        return ImportPlanner.plan(parsed, ImportStore.load(dsl, parsed.year()), KnownVocabulary.builtIn().defaultNoteLabel());
    }

    private static void write(DSLContext dsl, ParsedAppendix parsed, ImportPlan plan, boolean replace, Progress progress) {
        var versions = new ImportWriter(dsl, progress).apply(plan);
        ImportLog.write(dsl, parsed, ImportResult.merged(parsed, Optional.of(plan)), replace, versions);
    }
}
