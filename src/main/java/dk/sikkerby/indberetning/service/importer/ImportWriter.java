package dk.sikkerby.indberetning.service.importer;

import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;

import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.AuditTrail.Snapshot;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Carries out a plan inside the caller's transaction: year, departments, categories, initiatives,
 * their places in the year and the submissions, written in batches with their audit rows. Submissions
 * edited in the app are never written. A stored row that changed since the plan was made aborts the
 * whole transaction.
 */
final class ImportWriter {

    static final int CHUNK = 500;

    private final DSLContext dsl;
    private final Progress progress;
    private final AuditTrail trail;
    private final String actorLogin;

    /** {@code trail}: the import's audit trail in the same transaction; one row per field each submission changes. */
    ImportWriter(DSLContext dsl, Progress progress, AuditTrail trail, String actorLogin) {
        this.dsl = dsl;
        this.progress = progress;
        this.trail = trail;
        this.actorLogin = actorLogin;
    }

    /** Writes the plan; returns, for each submission written, its id and the version now stored. */
    Map<Long, Integer> apply(ImportPlan plan) {
        int year = plan.year().year();
        writeYear(plan.year());
        DepartmentRepository departments = new DepartmentRepository(dsl);
        plan.newDepartments().forEach(d -> departments.insert(d.code(), d.name()));
        Map<String, Integer> departmentIds = new HashMap<>();
        departments.all().forEach(d -> departmentIds.put(d.code(), d.id()));
        Map<String, Integer> categoryIds = writeCategories(year, plan.categories());
        Map<String, Integer> initiativeIds = writeInitiatives(plan.initiatives(), departmentIds);
        writePlacements(year, plan.initiatives(), categoryIds, initiativeIds);
        return writeSubmissions(year, plan.initiatives(), initiativeIds);
    }

    private void writeYear(YearPlan y) {
        YearRepository years = new YearRepository(dsl);
        ReportYear reportYear = new ReportYear(y.year(), y.title(), y.noteLabel());
        if (y.create()) {
            years.insert(reportYear);
        } else if (!y.changes().isEmpty()) {
            years.update(reportYear);
        }
    }

    private Map<String, Integer> writeCategories(int year, List<CategoryPlan> plans) {
        YearRepository years = new YearRepository(dsl);
        for (CategoryPlan c : plans) {
            if (c.isNew()) {
                years.insertCategory(year, c.name(), c.position());
            } else if (c.isMoved()) {
                years.updateCategory(new Category(c.storedId().orElseThrow(), year, c.name(), c.position()));
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        years.categories(year).forEach(c -> ids.put(c.name().toLowerCase(Locale.ROOT), c.id()));
        return ids;
    }

    private Map<String, Integer> writeInitiatives(List<InitiativePlan> plans, Map<String, Integer> departmentIds) {
        List<InitiativePlan> created = plans.stream().filter(InitiativePlan::isNewInitiative).toList();
        for (List<InitiativePlan> chunk : chunks(created)) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(INITIATIVE, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID)
                    .values((String) null, null));
            chunk.forEach(p -> batch.bind(p.parsed().name(), departmentIds.get(p.parsed().departmentCode())));
            batch.execute();
        }
        Map<String, Integer> ids = new HashMap<>();
        dsl.select(INITIATIVE.ID, INITIATIVE.NAME).from(INITIATIVE)
                .forEach(r -> ids.put(r.value2().toLowerCase(Locale.ROOT), r.value1()));
        return ids;
    }

    private void writePlacements(int year, List<InitiativePlan> plans, Map<String, Integer> categoryIds,
                                 Map<String, Integer> initiativeIds) {
        List<InitiativePlan> added = plans.stream().filter(p -> p.placement() == Placement.NEW).toList();
        for (List<InitiativePlan> chunk : chunks(added)) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(YEAR_INITIATIVE, YEAR_INITIATIVE.REPORT_YEAR,
                    YEAR_INITIATIVE.INITIATIVE_ID, YEAR_INITIATIVE.CATEGORY_ID, YEAR_INITIATIVE.POSITION)
                    .values((Integer) null, null, null, null));
            chunk.forEach(p -> batch.bind(year, id(initiativeIds, p), categoryIds.get(category(p)), p.parsed().position()));
            batch.execute();
        }
        List<InitiativePlan> moved = plans.stream().filter(p -> p.placement() == Placement.MOVED).toList();
        for (List<InitiativePlan> chunk : chunks(moved)) {
            BatchBindStep batch = dsl.batch(dsl.update(YEAR_INITIATIVE)
                    .set(YEAR_INITIATIVE.CATEGORY_ID, (Integer) null).set(YEAR_INITIATIVE.POSITION, (Integer) null)
                    .where(YEAR_INITIATIVE.REPORT_YEAR.eq((Integer) null).and(YEAR_INITIATIVE.INITIATIVE_ID.eq((Integer) null))));
            chunk.forEach(p -> batch.bind(categoryIds.get(category(p)), p.parsed().position(), year, id(initiativeIds, p)));
            batch.execute();
        }
    }

    private Map<Long, Integer> writeSubmissions(int year, List<InitiativePlan> plans, Map<String, Integer> initiativeIds) {
        List<InitiativePlan> written = plans.stream()
                .filter(p -> p.kind() == SubmissionKind.NEW || p.kind() == SubmissionKind.CHANGED).toList();
        long done = 0;
        for (List<InitiativePlan> chunk : chunks(written)) {
            List<Written> rows = chunk.stream().map(p -> written(p, id(initiativeIds, p))).toList();
            insertNew(year, rows.stream().filter(w -> w.plan().kind() == SubmissionKind.NEW).toList());
            replaceChanged(rows.stream().filter(w -> w.plan().kind() == SubmissionKind.CHANGED).toList());
            rows.forEach(w -> trail.add(year, w.initiativeId(), Snapshot.of(w.plan().stored()), w.after()));
            trail.flush();
            done += chunk.size();
            progress.update(done, written.size());
        }
        Map<Integer, InitiativePlan> byInitiative = new HashMap<>();
        written.forEach(p -> byInitiative.put(id(initiativeIds, p), p));
        Map<Long, Integer> versions = new HashMap<>();
        dsl.select(SUBMISSION.ID, SUBMISSION.INITIATIVE_ID, SUBMISSION.VERSION).from(SUBMISSION)
                .where(SUBMISSION.REPORT_YEAR.eq(year))
                .forEach(r -> {
                    if (byInitiative.containsKey(r.value2())) {
                        versions.put(r.value1(), r.value3());
                    }
                });
        return versions;
    }

    /** A submission as the import writes it: its values in storage form, made once for the row and its audit. */
    private record Written(InitiativePlan plan, int initiativeId, Score score, Snapshot after) {
    }

    private static Written written(InitiativePlan p, int initiativeId) {
        Score score = p.parsed().score();
        SubmissionState state = p.stored().map(Submission::state).orElse(SubmissionState.DRAFT);
        return new Written(p, initiativeId, score, new Snapshot(AuditField.scoreValue(score),
                p.parsed().departmentNote().toStorage(), p.parsed().assessment().toStorage(), state));
    }

    private void insertNew(int year, List<Written> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = trail.at();
        BatchBindStep batch = dsl.batch(dsl.insertInto(SUBMISSION, SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID,
                        SUBMISSION.GOALS_MET, SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT, SUBMISSION.DEPARTMENT_NOTE,
                        SUBMISSION.ASSESSMENT, SUBMISSION.VERSION, SUBMISSION.UPDATED_AT, SUBMISSION.STATE,
                        SUBMISSION.STATE_CHANGED_AT, SUBMISSION.STATE_CHANGED_BY)
                .values((Integer) null, null, null, null, null, null, null, null, null, null, null, null));
        for (Written w : rows) {
            Score score = w.score();
            batch.bind(year, w.initiativeId(), score.met().orElse(null), score.total().orElse(null),
                    score.isNotRelevant(), w.after().departmentNote(), w.after().assessment(), 1, now,
                    SubmissionState.DRAFT.name(), now, actorLogin);
        }
        batch.execute();
    }

    private void replaceChanged(List<Written> rows) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.update(SUBMISSION)
                .set(SUBMISSION.GOALS_MET, (Integer) null).set(SUBMISSION.GOALS_TOTAL, (Integer) null)
                .set(SUBMISSION.NOT_RELEVANT, (Boolean) null).set(SUBMISSION.DEPARTMENT_NOTE, (String) null)
                .set(SUBMISSION.ASSESSMENT, (String) null).set(SUBMISSION.VERSION, (Integer) null)
                .set(SUBMISSION.UPDATED_AT, (OffsetDateTime) null)
                .where(SUBMISSION.ID.eq((Long) null).and(SUBMISSION.VERSION.eq((Integer) null))));
        for (Written w : rows) {
            Score score = w.score();
            Submission stored = w.plan().stored().orElseThrow();
            batch.bind(score.met().orElse(null), score.total().orElse(null), score.isNotRelevant(),
                    w.after().departmentNote(), w.after().assessment(), stored.version() + 1, trail.at(),
                    stored.id(), stored.version());
        }
        for (int count : batch.execute()) {
            if (count != 1) {
                throw new UserFacingException("import.error.changedSincePreview");
            }
        }
    }

    private static String category(InitiativePlan p) {
        return p.parsed().category().toLowerCase(Locale.ROOT);
    }

    private static Integer id(Map<String, Integer> initiativeIds, InitiativePlan p) {
        return initiativeIds.get(p.parsed().name().toLowerCase(Locale.ROOT));
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> result = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            result.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return result;
    }
}
