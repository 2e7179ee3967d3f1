package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.persistence.StaleSubmissionException;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.InvalidSubmissionException;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Writes a confirmed preview in one transaction: every accepted file's new and changed rows, and the
 * conflicts the user settled with the workbook's version, each saved only if the submission still
 * has the version the preview showed. Anything changed in between undoes the whole import.
 */
final class ImportApplier {

    private final DSLContext dsl;

    ImportApplier(DSLContext dsl) {
        this.dsl = dsl;
    }

    ApplyResult apply(ImportPreview preview, Map<RowPlan.Key, Resolution> resolutions) {
        for (RowPlan conflict : preview.conflicts()) {
            if (resolutions.get(conflict.key()) == null) {
                throw new UserFacingException("offline.apply.unresolved", conflict.name());
            }
        }
        String[] current = {""};
        try {
            return dsl.transactionResult(cfg -> {
                SubmissionRepository submissions = new SubmissionRepository(cfg.dsl());
                ImportLog log = new ImportLog(cfg.dsl());
                int written = 0;
                int kept = 0;
                for (FilePlan file : preview.accepted()) {
                    List<ImportLog.Entry> entries = new ArrayList<>();
                    for (RowPlan row : file.rows()) {
                        current[0] = row.name();
                        Resolution resolution = resolutions.get(row.key());
                        if (row.writes(resolution)) {
                            entries.add(new ImportLog.Entry(row.initiativeId(), outcome(row), row.storedVersion(),
                                    write(submissions, row).version()));
                            written++;
                        } else if (row.status() == RowStatus.CONFLICT) {
                            entries.add(new ImportLog.Entry(row.initiativeId(), "CONFLICT_KEPT", row.storedVersion(),
                                    row.storedVersion()));
                            kept++;
                        }
                    }
                    log.record(file.fileName(), file.workbook().manifest(), entries);
                }
                return new ApplyResult(written, kept, preview.accepted().size());
            });
        } catch (StaleSubmissionException e) {
            throw new UserFacingException("offline.apply.stale", current[0]);
        }
    }

    private static Submission write(SubmissionRepository submissions, RowPlan row) {
        List<Violation> violations = SubmissionRules.validate(SubmissionForm.of(row.score(), row.note(), row.assessment()));
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        return submissions.save(row.year(), row.initiativeId(), row.score(), row.note(), row.assessment(),
                row.storedVersion());
    }

    private static String outcome(RowPlan row) {
        return row.status() == RowStatus.CONFLICT ? "CONFLICT_TAKEN" : row.status().name();
    }
}
