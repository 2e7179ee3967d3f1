package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.YearControl;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.importcore.Comparison;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import dk.sikkerby.indberetning.service.importcore.ScoreAgainstCriteria;
import dk.sikkerby.indberetning.service.importcore.SubmissionFields;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares returned workbooks with what the database holds now, in one read transaction. A row is
 * UNCHANGED when it matches the database, or when the coordinator left it as the workbook was made
 * (its fingerprint); otherwise it is a CONFLICT if the submission's version moved since, else NEW or
 * CHANGED. See docs/decisions/0302. What the actor may not write (decision 0507) is an error finding:
 * for the whole file (locked year, role, another department) or at the row's cell (its state).
 */
final class ReturnPlanner {

    private final Store store;
    private final Actor actor;

    ReturnPlanner(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    ImportPreview plan(List<ReturnedWorkbook> workbooks) {
        return store.transactionResult(tx -> {
            SubmissionRepository submissions = tx.submissions();
            YearRepository years = tx.years();
            Map<Integer, Map<Integer, InitiativeRow>> byYear = new HashMap<>();
            Map<Integer, Map<Integer, List<SuccessCriterion>>> criteriaByYear = new HashMap<>();
            Set<String> departments = new HashSet<>();
            List<FilePlan> files = new ArrayList<>();
            for (ReturnedWorkbook workbook : workbooks) {
                if (workbook.refused()) {
                    files.add(new FilePlan(workbook, List.of(), workbook.findings()));
                    continue;
                }
                Manifest manifest = workbook.manifest();
                List<Finding> findings = new ArrayList<>(workbook.findings());
                if (!departments.add(manifest.departmentCode() + "/" + manifest.year())) {
                    findings.add(Finding.error("offline.error.sameDepartmentTwice", manifest.departmentCode(), manifest.year()));
                } else if (years.find(manifest.year()).isEmpty()) {
                    findings.add(Finding.error("year.error.unknown", manifest.year()));
                } else {
                    fileRefusal(tx, manifest).ifPresent(findings::add);
                }
                Map<Integer, InitiativeRow> current = byYear.computeIfAbsent(manifest.year(), y -> byInitiative(submissions.rows(y)));
                List<RowPlan> rows = findings.stream().anyMatch(Finding::isError) ? List.of()
                        : rows(workbook, current, criteriaByYear.computeIfAbsent(manifest.year(), y -> tx.criteria().forYear(y)),
                                findings, locked(tx, manifest.year()));
                if (findings.stream().anyMatch(Finding::isError)) {
                    rows = List.of();
                }
                files.add(new FilePlan(workbook, rows, findings));
            }
            return new ImportPreview(files);
        });
    }

    /**
     * Whether {@code actor} may read in this department's workbook at all (the year's lock, the role,
     * the department), as one finding for the file rather than one per row.
     */
    private Optional<Finding> fileRefusal(Repositories tx, Manifest manifest) {
        Optional<Department> department = tx.departments().findByCode(manifest.departmentCode());
        if (department.isEmpty()) {
            return Optional.empty(); // each row is checked with its initiative's department below
        }
        Target target = new Target(manifest.year(), locked(tx, manifest.year()), department,
                SubmissionState.NOT_STARTED, Optional.empty());
        return Rights.refusal(actor, Action.READ_IN_WORKBOOK, target).map(e -> Finding.error(e.key(), e.args().toArray()));
    }

    private static boolean locked(Repositories tx, int year) {
        return tx.yearControls().find(year).map(YearControl::locked).orElse(false);
    }

    /** {@code criteria}: the year's listed success criteria by initiative id; a row must not contradict them. */
    private List<RowPlan> rows(ReturnedWorkbook workbook, Map<Integer, InitiativeRow> current,
                               Map<Integer, List<SuccessCriterion>> criteria, List<Finding> findings, boolean locked) {
        Manifest manifest = workbook.manifest();
        List<RowPlan> rows = new ArrayList<>();
        for (ReturnedRow row : workbook.rows()) {
            Manifest.Row made = manifest.row(row.initiativeId());
            InitiativeRow stored = current.get(row.initiativeId());
            if (stored == null) {
                findings.add(Finding.error(Place.cell(workbook.sheetName(),
                                TemplateLayout.cellName(TemplateLayout.NAME, row.sheetRow())),
                        "offline.error.initiativeGone", made.name(), manifest.year()));
                continue;
            }
            RowPlan plan = compare(manifest.year(), row, made, stored);
            if (plan.status() == RowStatus.NEW || plan.status() == RowStatus.CHANGED || plan.status() == RowStatus.CONFLICT) {
                Optional<UserFacingException> refused = Rights.refusal(actor, Action.READ_IN_WORKBOOK,
                        Target.row(stored, locked));
                if (refused.isPresent()) {
                    findings.add(Finding.error(Place.cell(workbook.sheetName(), TemplateLayout.cellName(TemplateLayout.NAME,
                            row.sheetRow())), refused.get().key(), refused.get().args().toArray()));
                    continue;
                }
                Optional<Finding> contradiction = ScoreAgainstCriteria.contradiction(Place.cell(workbook.sheetName(),
                                TemplateLayout.cellName(TemplateLayout.MET, row.sheetRow())), stored.name(), row.score(),
                        criteria.getOrDefault(row.initiativeId(), List.of()));
                if (contradiction.isPresent()) {
                    findings.add(contradiction.get());
                    continue;
                }
            }
            rows.add(plan);
        }
        for (int id : workbook.missingIds()) {
            InitiativeRow stored = current.get(id);
            String name = stored == null ? manifest.row(id).name() : stored.name();
            rows.add(new RowPlan(manifest.year(), id, name, RowStatus.MISSING, List.of(),
                    stored == null ? 0 : stored.version(), manifest.row(id).version(), Score.missing(), RichText.EMPTY,
                    RichText.EMPTY));
        }
        return rows;
    }

    /**
     * The row beside the database, decided as the appendix import decides (the core's comparison):
     * a row the coordinator left as the workbook was made is unchanged whatever the database holds now.
     */
    private static RowPlan compare(int year, ReturnedRow row, Manifest.Row made, InitiativeRow stored) {
        Comparison comparison = Comparison.of(
                new SubmissionFields(stored.score(), stored.departmentNote(), stored.assessment()),
                stored.submission().isPresent(),
                new SubmissionFields(row.score(), row.note(), stored.assessment()),
                stored.version() != made.version());
        RowStatus status = Fingerprint.of(row.score(), row.note()).equals(made.fingerprint()) ? RowStatus.UNCHANGED
                : switch (comparison.verdict()) {
                    case UNCHANGED -> RowStatus.UNCHANGED;
                    case CHANGED_SINCE -> RowStatus.CONFLICT;
                    case NEW -> RowStatus.NEW;
                    case CHANGED -> RowStatus.CHANGED;
                };
        return new RowPlan(year, row.initiativeId(), stored.name(), status,
                status == RowStatus.UNCHANGED ? List.of() : comparison.changes(),
                stored.version(), made.version(), row.score(), row.note(), stored.assessment());
    }

    /** A year's rows by initiative id, as the planner and the applier look them up. */
    static Map<Integer, InitiativeRow> byInitiative(List<InitiativeRow> rows) {
        Map<Integer, InitiativeRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.initiativeId(), r));
        return byId;
    }
}
