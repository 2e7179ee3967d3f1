package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.InitiativeRepository;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.StaleSubmissionException;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.AuditTrail.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Carries out a plan inside the caller's transaction: year, departments, categories, initiatives,
 * their places in the year and the submissions, written in batches with their audit rows. Submissions
 * edited in the app are never written. A stored row that changed since the plan was made aborts the
 * whole transaction: the batch replaces each row only at the version the plan read, the same check as
 * the editor's save ({@link SubmissionRepository#replaceAll}).
 */
final class ImportWriter {

    static final int CHUNK = 500;

    private final Repositories tx;
    private final Progress progress;
    private final AuditTrail trail;
    private final String actorLogin;

    /** {@code trail}: the import's audit trail in the same transaction; one row per field each changed submission changes. */
    ImportWriter(Repositories tx, Progress progress, AuditTrail trail, String actorLogin) {
        this.tx = tx;
        this.progress = progress;
        this.trail = trail;
        this.actorLogin = actorLogin;
    }

    /**
     * What the import wrote: for each submission, its id and the version now stored; the initiatives whose
     * submission it created, which the audit accounts for in one row (decision 1905); and the ids of the
     * submissions it replaced, the only ones an earlier import may have logged.
     */
    record Written(Map<Long, Integer> versions, List<Integer> created, Set<Long> rewritten) {
    }

    /** Writes the plan. */
    Written apply(ImportPlan plan) {
        int year = plan.year().year();
        writeYear(plan.year());
        DepartmentRepository departments = tx.departments();
        plan.newDepartments().forEach(d -> departments.insert(d.code(), d.name()));
        Map<String, Integer> departmentIds = new HashMap<>();
        departments.all().forEach(d -> departmentIds.put(d.code(), d.id()));
        List<InitiativePlan> written = plan.initiatives().stream()
                .filter(p -> p.kind() == SubmissionKind.NEW || p.kind() == SubmissionKind.CHANGED).toList();
        CompletableFuture<List<StorageTexts>> texts = storageTexts(written);
        Map<String, Integer> categoryIds = writeCategories(year, plan.categories());
        Map<String, Integer> initiativeIds = writeInitiatives(plan.initiatives(), departmentIds);
        writePlacements(year, plan.initiatives(), categoryIds, initiativeIds);
        return writeSubmissions(year, written, joined(texts), initiativeIds);
    }

    /** The two texts of a submission in storage form. */
    private record StorageTexts(String departmentNote, String assessment) {
    }

    /**
     * The storage form of the texts the import writes. For a big file it is made on a thread of its own while
     * the initiatives and their places are written, which do not need it (issue 19: a tenth of the main
     * thread's writing of 10,000 rows, and the second core idle then); a real year's few rows make it here.
     */
    private static CompletableFuture<List<StorageTexts>> storageTexts(List<InitiativePlan> written) {
        Supplier<List<StorageTexts>> make = () -> written.stream().map(p -> new StorageTexts(
                p.parsed().departmentNote().toStorage(), p.parsed().assessment().toStorage())).toList();
        if (written.size() < CHUNK) {
            return CompletableFuture.completedFuture(make.get());
        }
        return CompletableFuture.supplyAsync(make, task -> {
            Thread thread = new Thread(task, "import texts");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void writeYear(YearPlan y) {
        YearRepository years = tx.years();
        ReportYear reportYear = new ReportYear(y.year(), y.title(), y.noteLabel());
        if (y.create()) {
            years.insert(reportYear);
        } else if (!y.changes().isEmpty()) {
            years.update(reportYear);
        }
    }

    private Map<String, Integer> writeCategories(int year, List<CategoryPlan> plans) {
        YearRepository years = tx.years();
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
        InitiativeRepository initiatives = tx.initiatives();
        List<InitiativePlan> created = plans.stream().filter(InitiativePlan::isNewInitiative).toList();
        for (List<InitiativePlan> chunk : chunks(created)) {
            initiatives.insertAll(chunk.stream().map(p -> new InitiativeRepository.New(p.parsed().name(),
                    departmentIds.get(p.parsed().departmentCode()))).toList());
        }
        Map<String, Integer> ids = new HashMap<>();
        initiatives.all().forEach(i -> ids.put(i.name().toLowerCase(Locale.ROOT), i.id()));
        return ids;
    }

    private void writePlacements(int year, List<InitiativePlan> plans, Map<String, Integer> categoryIds,
                                 Map<String, Integer> initiativeIds) {
        InitiativeRepository initiatives = tx.initiatives();
        List<InitiativePlan> added = plans.stream().filter(p -> p.placement() == Placement.NEW).toList();
        for (List<InitiativePlan> chunk : chunks(added)) {
            initiatives.placeAllInYear(year, places(chunk, categoryIds, initiativeIds));
        }
        List<InitiativePlan> moved = plans.stream().filter(p -> p.placement() == Placement.MOVED).toList();
        for (List<InitiativePlan> chunk : chunks(moved)) {
            initiatives.moveAllInYear(year, places(chunk, categoryIds, initiativeIds));
        }
    }

    private static List<InitiativeRepository.Place> places(List<InitiativePlan> plans, Map<String, Integer> categoryIds,
                                                          Map<String, Integer> initiativeIds) {
        return plans.stream().map(p -> new InitiativeRepository.Place(id(initiativeIds, p),
                categoryIds.get(category(p)), p.parsed().position())).toList();
    }

    /**
     * A new submission has no audit rows of its own: its "before" is the empty, not-started row, and the
     * import's account row names it (written by the caller with the run's id). A changed one gets one
     * row per changed field, old and new value, as an edit does.
     */
    private Written writeSubmissions(int year, List<InitiativePlan> written, List<StorageTexts> texts,
                                     Map<String, Integer> initiativeIds) {
        List<Integer> created = new ArrayList<>();
        Set<Long> rewritten = new HashSet<>();
        int done = 0;
        for (List<InitiativePlan> chunk : chunks(written)) {
            List<Row> rows = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                InitiativePlan p = chunk.get(i);
                rows.add(row(p, id(initiativeIds, p), texts.get(done + i)));
            }
            List<Row> fresh = rows.stream().filter(w -> w.plan().kind() == SubmissionKind.NEW).toList();
            insertNew(year, fresh);
            fresh.forEach(w -> created.add(w.initiativeId()));
            List<Row> changed = rows.stream().filter(w -> w.plan().kind() == SubmissionKind.CHANGED).toList();
            replaceChanged(year, changed);
            changed.forEach(w -> trail.add(year, w.initiativeId(), Snapshot.of(w.plan().stored()), w.after()));
            changed.forEach(w -> rewritten.add(w.plan().stored().orElseThrow().id()));
            trail.flush();
            done += chunk.size();
            progress.update(done, written.size());
        }
        Map<Integer, InitiativePlan> byInitiative = new HashMap<>();
        written.forEach(p -> byInitiative.put(id(initiativeIds, p), p));
        Map<Long, Integer> versions = new HashMap<>();
        for (SubmissionRepository.Version v : tx.submissions().versions(year)) {
            if (byInitiative.containsKey(v.initiativeId())) {
                versions.put(v.id(), v.version());
            }
        }
        return new Written(versions, created, rewritten);
    }

    /** A submission as the import writes it: its values in storage form, made once for the row and its audit. */
    private record Row(InitiativePlan plan, int initiativeId, Score score, Snapshot after) {

        SubmissionRepository.Values values() {
            return new SubmissionRepository.Values(initiativeId, score, after.departmentNote(), after.assessment());
        }
    }

    private static Row row(InitiativePlan p, int initiativeId, StorageTexts texts) {
        Score score = p.parsed().score();
        SubmissionState state = p.stored().map(Submission::state).orElse(SubmissionState.DRAFT);
        return new Row(p, initiativeId, score, new Snapshot(AuditField.scoreValue(score), texts.departmentNote(),
                texts.assessment(), state));
    }

    private void insertNew(int year, List<Row> rows) {
        tx.submissions().insertAll(year, rows.stream().map(Row::values).toList(), trail.at(), actorLogin);
    }

    private void replaceChanged(int year, List<Row> rows) {
        List<SubmissionRepository.Replacement> replacements = rows.stream().map(w -> {
            Submission stored = w.plan().stored().orElseThrow();
            return new SubmissionRepository.Replacement(stored.id(), w.initiativeId(), stored.version(), w.values());
        }).toList();
        try {
            tx.submissions().replaceAll(year, replacements, trail.at());
        } catch (StaleSubmissionException e) {
            throw new UserFacingException("import.error.changedSincePreview");
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
