package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.domain.YearControl;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.ReturnLogRepository;
import dk.sikkerby.indberetning.persistence.StaleSubmissionException;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.YearControlRepository;
import dk.sikkerby.indberetning.service.InvalidSubmissionException;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import dk.sikkerby.indberetning.service.importcore.ScoreAgainstCriteria;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.AuditTrail.Snapshot;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a confirmed preview in one transaction: every accepted file's new and changed rows, and the
 * conflicts the user settled with the workbook's version, each saved only if the submission still
 * has the version the preview showed and the actor may still change it (the year's lock and the
 * state as read in this transaction). Each written row gets its audit rows (action "returned
 * template") with the moment also written to the file's log, which names the file. Anything changed
 * in between undoes the whole import.
 */
final class ReturnApplier {

    private final Store store;
    private final Actor actor;

    ReturnApplier(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    ApplyResult apply(ImportPreview preview, Map<RowPlan.Key, Resolution> resolutions) {
        for (RowPlan conflict : preview.conflicts()) {
            if (resolutions.get(conflict.key()) == null) {
                throw new UserFacingException("offline.apply.unresolved", conflict.name());
            }
        }
        String[] current = {""};
        try {
            return store.transactionResult(tx -> {
                SubmissionRepository submissions = tx.submissions();
                Map<Integer, Map<Integer, InitiativeRow>> byYear = new HashMap<>();
                int written = 0;
                int kept = 0;
                for (FilePlan file : preview.accepted()) {
                    AuditTrail trail = new AuditTrail(tx, actor, AuditAction.TEMPLATE_RETURN);
                    YearControlRepository controls = tx.yearControls();
                    List<ReturnLogRepository.Entry> entries = new ArrayList<>();
                    for (RowPlan row : file.rows()) {
                        current[0] = row.name();
                        Resolution resolution = resolutions.get(row.key());
                        if (row.writes(resolution)) {
                            InitiativeRow before = byYear.computeIfAbsent(row.year(), y -> ReturnPlanner.byInitiative(submissions.rows(y)))
                                    .get(row.initiativeId());
                            boolean locked = controls.find(row.year()).map(YearControl::locked).orElse(false);
                            Submission saved = write(tx, row, before, locked);
                            trail.add(row.year(), row.initiativeId(), Snapshot.of(before.submission()), Snapshot.of(saved));
                            entries.add(new ReturnLogRepository.Entry(row.initiativeId(), outcome(row), row.storedVersion(),
                                    saved.version()));
                            written++;
                        } else if (row.status() == RowStatus.CONFLICT) {
                            entries.add(new ReturnLogRepository.Entry(row.initiativeId(), "CONFLICT_KEPT", row.storedVersion(),
                                    row.storedVersion()));
                            kept++;
                        }
                    }
                    trail.flush();
                    Manifest manifest = file.workbook().manifest();
                    int rowsWritten = (int) entries.stream().filter(e -> !e.outcome().equals("CONFLICT_KEPT")).count();
                    tx.returnLog().record(new ReturnLogRepository.File(file.fileName(), manifest.year(),
                            manifest.departmentCode(), rowsWritten, entries.size() - rowsWritten, trail.at()), entries);
                }
                return new ApplyResult(written, kept, preview.accepted().size());
            });
        } catch (StaleSubmissionException e) {
            throw new UserFacingException("offline.apply.stale", current[0]);
        }
    }

    /**
     * Saves one row if it is as the preview saw it and the actor may change it; a returned submission
     * the department's workbook changes goes back to draft, as when it is edited in the app. A score the
     * initiative's listed criteria do not give is refused here too, should they have changed since the preview.
     */
    private Submission write(Repositories tx, RowPlan row, InitiativeRow before, boolean locked) {
        if (before == null || before.version() != row.storedVersion()) {
            throw new StaleSubmissionException(row.year(), row.initiativeId());
        }
        Rights.check(actor, Action.READ_IN_WORKBOOK, Target.row(before, locked));
        List<Violation> violations = SubmissionRules.validate(SubmissionForm.of(row.score(), row.note(), row.assessment()));
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        Optional<Finding> contradiction = ScoreAgainstCriteria.contradiction(Place.WHOLE_FILE, row.name(), row.score(),
                tx.criteria().find(row.year(), row.initiativeId()));
        if (contradiction.isPresent()) {
            throw new UserFacingException(contradiction.get().key(), contradiction.get().args().toArray());
        }
        SubmissionState state = before.state() == SubmissionState.RETURNED ? SubmissionState.DRAFT : null;
        return tx.submissions().save(row.year(), row.initiativeId(), row.score(), row.note(), row.assessment(),
                row.storedVersion(), state, actor.login());
    }

    private static String outcome(RowPlan row) {
        return row.status() == RowStatus.CONFLICT ? "CONFLICT_TAKEN" : row.status().name();
    }
}
