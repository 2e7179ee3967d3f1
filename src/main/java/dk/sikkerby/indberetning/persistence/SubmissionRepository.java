package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.CATEGORY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.SubmissionStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The year's rows and the submissions in them. */
public final class SubmissionRepository {

    private final DSLContext dsl;

    public SubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The year's initiatives in table order: category order, then initiative order. */
    public List<InitiativeRow> rows(int year) {
        return dsl.select()
                .from(YEAR_INITIATIVE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(YEAR_INITIATIVE.INITIATIVE_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .join(CATEGORY).on(CATEGORY.ID.eq(YEAR_INITIATIVE.CATEGORY_ID))
                .leftJoin(SUBMISSION).on(SUBMISSION.REPORT_YEAR.eq(YEAR_INITIATIVE.REPORT_YEAR)
                        .and(SUBMISSION.INITIATIVE_ID.eq(YEAR_INITIATIVE.INITIATIVE_ID)))
                .where(YEAR_INITIATIVE.REPORT_YEAR.eq(year))
                .orderBy(CATEGORY.POSITION, CATEGORY.ID, YEAR_INITIATIVE.POSITION, INITIATIVE.NAME)
                .fetch(SubmissionRepository::mapRow);
    }

    /** One initiative's row of the year, if it reports that year. */
    public Optional<InitiativeRow> row(int year, int initiativeId) {
        return dsl.select()
                .from(YEAR_INITIATIVE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(YEAR_INITIATIVE.INITIATIVE_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .join(CATEGORY).on(CATEGORY.ID.eq(YEAR_INITIATIVE.CATEGORY_ID))
                .leftJoin(SUBMISSION).on(SUBMISSION.REPORT_YEAR.eq(YEAR_INITIATIVE.REPORT_YEAR)
                        .and(SUBMISSION.INITIATIVE_ID.eq(YEAR_INITIATIVE.INITIATIVE_ID)))
                .where(YEAR_INITIATIVE.REPORT_YEAR.eq(year).and(YEAR_INITIATIVE.INITIATIVE_ID.eq(initiativeId)))
                .fetchOptional(SubmissionRepository::mapRow);
    }

    /** The rows of the given initiatives in the year (one query per {@value #IN_CHUNK}), by initiative id. */
    public Map<Integer, InitiativeRow> rows(int year, Collection<Integer> initiativeIds) {
        Map<Integer, InitiativeRow> byId = new HashMap<>();
        for (List<Integer> chunk : chunks(initiativeIds)) {
            dsl.select()
                    .from(YEAR_INITIATIVE)
                    .join(INITIATIVE).on(INITIATIVE.ID.eq(YEAR_INITIATIVE.INITIATIVE_ID))
                    .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                    .join(CATEGORY).on(CATEGORY.ID.eq(YEAR_INITIATIVE.CATEGORY_ID))
                    .leftJoin(SUBMISSION).on(SUBMISSION.REPORT_YEAR.eq(YEAR_INITIATIVE.REPORT_YEAR)
                            .and(SUBMISSION.INITIATIVE_ID.eq(YEAR_INITIATIVE.INITIATIVE_ID)))
                    .where(YEAR_INITIATIVE.REPORT_YEAR.eq(year).and(YEAR_INITIATIVE.INITIATIVE_ID.in(chunk)))
                    .forEach(r -> byId.put(r.get(INITIATIVE.ID), mapRow(r)));
        }
        return byId;
    }

    public Optional<Submission> find(int year, int initiativeId) {
        return dsl.selectFrom(SUBMISSION)
                .where(SUBMISSION.REPORT_YEAR.eq(year).and(SUBMISSION.INITIATIVE_ID.eq(initiativeId)))
                .fetchOptional(SubmissionRepository::mapSubmission);
    }

    /**
     * Writes a submission if the stored version is still {@code expectedVersion} (0: none stored yet).
     *
     * @throws StaleSubmissionException if someone else saved in between; nothing is written then
     */
    public Submission save(int year, int initiativeId, Score score, RichText note, RichText assessment,
                           int expectedVersion) {
        return save(year, initiativeId, score, note, assessment, expectedVersion, null, "");
    }

    /**
     * As {@link #save(int, int, Score, RichText, RichText, int)}, and moves the submission to {@code state}
     * (null: leave the state as it is; a new submission starts in draft), recording who moved it.
     */
    public Submission save(int year, int initiativeId, Score score, RichText note, RichText assessment,
                           int expectedVersion, SubmissionState state, String by) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (expectedVersion == 0) {
            // ON CONFLICT DO NOTHING: a second insert of the same row is told apart without an error, which
            // on PostgreSQL would end the whole transaction
            int inserted = dsl.insertInto(SUBMISSION)
                    .set(SUBMISSION.REPORT_YEAR, year)
                    .set(SUBMISSION.INITIATIVE_ID, initiativeId)
                    .set(SUBMISSION.GOALS_MET, score.met().orElse(null))
                    .set(SUBMISSION.GOALS_TOTAL, score.total().orElse(null))
                    .set(SUBMISSION.NOT_RELEVANT, score.isNotRelevant())
                    .set(SUBMISSION.DEPARTMENT_NOTE, note.toStorage())
                    .set(SUBMISSION.ASSESSMENT, assessment.toStorage())
                    .set(SUBMISSION.VERSION, 1)
                    .set(SUBMISSION.UPDATED_AT, now)
                    .set(SUBMISSION.STATE, SubmissionState.DRAFT.name())
                    .set(SUBMISSION.STATE_CHANGED_AT, now)
                    .set(SUBMISSION.STATE_CHANGED_BY, by)
                    .onConflict(SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID).doNothing()
                    .execute();
            if (inserted == 0) {
                throw new StaleSubmissionException(year, initiativeId);
            }
        } else {
            var update = dsl.update(SUBMISSION)
                    .set(SUBMISSION.GOALS_MET, score.met().orElse(null))
                    .set(SUBMISSION.GOALS_TOTAL, score.total().orElse(null))
                    .set(SUBMISSION.NOT_RELEVANT, score.isNotRelevant())
                    .set(SUBMISSION.DEPARTMENT_NOTE, note.toStorage())
                    .set(SUBMISSION.ASSESSMENT, assessment.toStorage())
                    .set(SUBMISSION.VERSION, expectedVersion + 1)
                    .set(SUBMISSION.UPDATED_AT, now);
            if (state != null) {
                update = update.set(SUBMISSION.STATE, state.name())
                        .set(SUBMISSION.STATE_CHANGED_AT, now)
                        .set(SUBMISSION.STATE_CHANGED_BY, by);
            }
            int updated = update.where(SUBMISSION.REPORT_YEAR.eq(year)
                            .and(SUBMISSION.INITIATIVE_ID.eq(initiativeId))
                            .and(SUBMISSION.VERSION.eq(expectedVersion)))
                    .execute();
            if (updated == 0) {
                throw new StaleSubmissionException(year, initiativeId);
            }
        }
        return find(year, initiativeId).orElseThrow();
    }

    /**
     * Moves a stored submission to {@code state} if it is still at {@code expectedVersion}; counts as a
     * save (the version goes up), so an editor who opened the old version is told.
     *
     * @throws StaleSubmissionException if someone else saved in between; nothing is written then
     */
    public Submission changeState(int year, int initiativeId, SubmissionState state, String by, int expectedVersion) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, state.name())
                .set(SUBMISSION.STATE_CHANGED_AT, now)
                .set(SUBMISSION.STATE_CHANGED_BY, by)
                .set(SUBMISSION.VERSION, expectedVersion + 1)
                .set(SUBMISSION.UPDATED_AT, now)
                .where(SUBMISSION.REPORT_YEAR.eq(year)
                        .and(SUBMISSION.INITIATIVE_ID.eq(initiativeId))
                        .and(SUBMISSION.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            throw new StaleSubmissionException(year, initiativeId);
        }
        return find(year, initiativeId).orElseThrow();
    }

    /** A submission's values as a batch writes them: the score and the two texts in storage form. */
    public record Values(int initiativeId, Score score, String departmentNote, String assessment) {
    }

    /** A stored submission a batch replaces, if it is still at {@code expectedVersion}. */
    public record Replacement(long id, int initiativeId, int expectedVersion, Values values) {
    }

    /** A stored submission's id and version. */
    public record Version(long id, int initiativeId, int version) {
    }

    /** Inserts new submissions (in draft, version 1) in one batch, as an import does. */
    public void insertAll(int year, List<Values> rows, OffsetDateTime at, String by) {
        if (rows.isEmpty()) {
            return;
        }
        JdbcBatch.execute(dsl, dsl.insertInto(SUBMISSION, SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID,
                        SUBMISSION.GOALS_MET, SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT, SUBMISSION.DEPARTMENT_NOTE,
                        SUBMISSION.ASSESSMENT, SUBMISSION.VERSION, SUBMISSION.UPDATED_AT, SUBMISSION.STATE,
                        SUBMISSION.STATE_CHANGED_AT, SUBMISSION.STATE_CHANGED_BY)
                .values((Integer) null, null, null, null, null, null, null, null, null, null, null, null), rows,
                (b, v) -> b.integer(year).integer(v.initiativeId()).integer(v.score().met().orElse(null))
                        .integer(v.score().total().orElse(null)).bool(v.score().isNotRelevant()).text(v.departmentNote())
                        .text(v.assessment()).integer(1).timestamp(at).text(SubmissionState.DRAFT.name()).timestamp(at)
                        .text(by));
    }

    /**
     * Replaces stored submissions' values in one batch, each only if it is still at its expected version
     * (the same check as {@link #save}); the version goes up by one.
     *
     * @throws StaleSubmissionException if any of them changed in between; the caller's transaction must
     *                                  then be rolled back, as part of the batch may be written
     */
    public void replaceAll(int year, List<Replacement> rows, OffsetDateTime at) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.update(SUBMISSION)
                .set(SUBMISSION.GOALS_MET, (Integer) null).set(SUBMISSION.GOALS_TOTAL, (Integer) null)
                .set(SUBMISSION.NOT_RELEVANT, (Boolean) null).set(SUBMISSION.DEPARTMENT_NOTE, (String) null)
                .set(SUBMISSION.ASSESSMENT, (String) null).set(SUBMISSION.VERSION, (Integer) null)
                .set(SUBMISSION.UPDATED_AT, (OffsetDateTime) null)
                .where(SUBMISSION.ID.eq((Long) null).and(SUBMISSION.VERSION.eq((Integer) null))));
        for (Replacement r : rows) {
            Score score = r.values().score();
            batch.bind(score.met().orElse(null), score.total().orElse(null), score.isNotRelevant(),
                    r.values().departmentNote(), r.values().assessment(), r.expectedVersion() + 1, at,
                    r.id(), r.expectedVersion());
        }
        int[] counts = batch.execute();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                throw new StaleSubmissionException(year, rows.get(i).initiativeId());
            }
        }
    }

    /**
     * One row of {@link #saveAll}: what {@link #save(int, int, Score, RichText, RichText, int, SubmissionState, String)}
     * takes for one row.
     */
    public record Write(int initiativeId, Score score, RichText note, RichText assessment, int expectedVersion,
                        SubmissionState state) {
    }

    /**
     * Saves several rows as {@link #save(int, int, Score, RichText, RichText, int, SubmissionState, String)} saves
     * one, with the same version check, in at most three JDBC batches (new rows; stored rows whose state stays;
     * stored rows moved to another state) and one read of what was stored.
     *
     * @return the stored submissions, in the order of {@code writes}
     * @throws StaleSubmissionException naming the first row someone else saved in between; part of the batch
     *                                  may be written, so the caller's transaction must be rolled back
     */
    public List<Submission> saveAll(int year, List<Write> writes, String by) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Write> inserts = writes.stream().filter(w -> w.expectedVersion() == 0).toList();
        List<Write> updates = writes.stream().filter(w -> w.expectedVersion() != 0 && w.state() == null).toList();
        List<Write> moves = writes.stream().filter(w -> w.expectedVersion() != 0 && w.state() != null).toList();
        if (!inserts.isEmpty()) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(SUBMISSION, SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID,
                            SUBMISSION.GOALS_MET, SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT,
                            SUBMISSION.DEPARTMENT_NOTE, SUBMISSION.ASSESSMENT, SUBMISSION.VERSION, SUBMISSION.UPDATED_AT,
                            SUBMISSION.STATE, SUBMISSION.STATE_CHANGED_AT, SUBMISSION.STATE_CHANGED_BY)
                    .values((Integer) null, null, null, null, null, null, null, null, null, null, null, null)
                    .onConflict(SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID).doNothing());
            for (Write w : inserts) {
                batch.bind(year, w.initiativeId(), w.score().met().orElse(null), w.score().total().orElse(null),
                        w.score().isNotRelevant(), w.note().toStorage(), w.assessment().toStorage(), 1, now,
                        SubmissionState.DRAFT.name(), now, by);
            }
            requireOneEach(year, inserts, batch.execute());
        }
        if (!updates.isEmpty()) {
            BatchBindStep batch = dsl.batch(dsl.update(SUBMISSION)
                    .set(SUBMISSION.GOALS_MET, (Integer) null).set(SUBMISSION.GOALS_TOTAL, (Integer) null)
                    .set(SUBMISSION.NOT_RELEVANT, (Boolean) null).set(SUBMISSION.DEPARTMENT_NOTE, (String) null)
                    .set(SUBMISSION.ASSESSMENT, (String) null).set(SUBMISSION.VERSION, (Integer) null)
                    .set(SUBMISSION.UPDATED_AT, (OffsetDateTime) null)
                    .where(SUBMISSION.REPORT_YEAR.eq((Integer) null).and(SUBMISSION.INITIATIVE_ID.eq((Integer) null))
                            .and(SUBMISSION.VERSION.eq((Integer) null))));
            for (Write w : updates) {
                batch.bind(w.score().met().orElse(null), w.score().total().orElse(null), w.score().isNotRelevant(),
                        w.note().toStorage(), w.assessment().toStorage(), w.expectedVersion() + 1, now,
                        year, w.initiativeId(), w.expectedVersion());
            }
            requireOneEach(year, updates, batch.execute());
        }
        if (!moves.isEmpty()) {
            BatchBindStep batch = dsl.batch(dsl.update(SUBMISSION)
                    .set(SUBMISSION.GOALS_MET, (Integer) null).set(SUBMISSION.GOALS_TOTAL, (Integer) null)
                    .set(SUBMISSION.NOT_RELEVANT, (Boolean) null).set(SUBMISSION.DEPARTMENT_NOTE, (String) null)
                    .set(SUBMISSION.ASSESSMENT, (String) null).set(SUBMISSION.VERSION, (Integer) null)
                    .set(SUBMISSION.UPDATED_AT, (OffsetDateTime) null).set(SUBMISSION.STATE, (String) null)
                    .set(SUBMISSION.STATE_CHANGED_AT, (OffsetDateTime) null)
                    .set(SUBMISSION.STATE_CHANGED_BY, (String) null)
                    .where(SUBMISSION.REPORT_YEAR.eq((Integer) null).and(SUBMISSION.INITIATIVE_ID.eq((Integer) null))
                            .and(SUBMISSION.VERSION.eq((Integer) null))));
            for (Write w : moves) {
                batch.bind(w.score().met().orElse(null), w.score().total().orElse(null), w.score().isNotRelevant(),
                        w.note().toStorage(), w.assessment().toStorage(), w.expectedVersion() + 1, now,
                        w.state().name(), now, by, year, w.initiativeId(), w.expectedVersion());
            }
            requireOneEach(year, moves, batch.execute());
        }
        Map<Integer, Submission> stored = findAll(year, writes.stream().map(Write::initiativeId).toList());
        return writes.stream().map(w -> stored.get(w.initiativeId())).toList();
    }

    /** The stored submissions of the given initiatives in the year, by initiative id. */
    public Map<Integer, Submission> findAll(int year, Collection<Integer> initiativeIds) {
        Map<Integer, Submission> byId = new HashMap<>();
        for (List<Integer> chunk : chunks(initiativeIds)) {
            dsl.selectFrom(SUBMISSION)
                    .where(SUBMISSION.REPORT_YEAR.eq(year).and(SUBMISSION.INITIATIVE_ID.in(chunk)))
                    .forEach(r -> byId.put(r.get(SUBMISSION.INITIATIVE_ID), mapSubmission(r)));
        }
        return byId;
    }

    private static void requireOneEach(int year, List<Write> writes, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) { // 0: the version moved on (or, for a new row, someone stored it first)
                throw new StaleSubmissionException(year, writes.get(i).initiativeId());
            }
        }
    }

    /** Ids in lists of at most {@value #IN_CHUNK}, for {@code IN} lists of a size every database takes. */
    private static List<List<Integer>> chunks(Collection<Integer> ids) {
        List<Integer> all = List.copyOf(ids);
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    private static final int IN_CHUNK = 1000;

    /** The ids and versions of the year's stored submissions. */
    public List<Version> versions(int year) {
        return dsl.select(SUBMISSION.ID, SUBMISSION.INITIATIVE_ID, SUBMISSION.VERSION).from(SUBMISSION)
                .where(SUBMISSION.REPORT_YEAR.eq(year))
                .fetch(r -> new Version(r.value1(), r.value2(), r.value3()));
    }

    private static InitiativeRow mapRow(Record r) {
        Optional<Submission> submission = r.get(SUBMISSION.ID) == null
                ? Optional.empty() : Optional.of(mapSubmission(r));
        return new InitiativeRow(r.get(INITIATIVE.ID), r.get(INITIATIVE.NAME), DepartmentRepository.map(r),
                YearRepository.mapCategory(r), r.get(YEAR_INITIATIVE.POSITION), submission);
    }

    static Submission mapSubmission(Record r) {
        Score score = Score.fromColumns(r.get(SUBMISSION.GOALS_MET), r.get(SUBMISSION.GOALS_TOTAL),
                r.get(SUBMISSION.NOT_RELEVANT));
        return new Submission(r.get(SUBMISSION.ID), r.get(SUBMISSION.REPORT_YEAR), r.get(SUBMISSION.INITIATIVE_ID),
                score, RichText.parse(r.get(SUBMISSION.DEPARTMENT_NOTE)), RichText.parse(r.get(SUBMISSION.ASSESSMENT)),
                r.get(SUBMISSION.VERSION), r.get(SUBMISSION.UPDATED_AT),
                new SubmissionStatus(SubmissionState.valueOf(r.get(SUBMISSION.STATE)),
                        Objects.requireNonNullElse(r.get(SUBMISSION.STATE_CHANGED_AT), r.get(SUBMISSION.UPDATED_AT)),
                        Objects.requireNonNullElse(r.get(SUBMISSION.STATE_CHANGED_BY), "")));
    }
}
