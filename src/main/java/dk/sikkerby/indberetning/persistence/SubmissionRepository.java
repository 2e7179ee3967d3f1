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
import java.util.List;
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
        BatchBindStep batch = dsl.batch(dsl.insertInto(SUBMISSION, SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID,
                        SUBMISSION.GOALS_MET, SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT, SUBMISSION.DEPARTMENT_NOTE,
                        SUBMISSION.ASSESSMENT, SUBMISSION.VERSION, SUBMISSION.UPDATED_AT, SUBMISSION.STATE,
                        SUBMISSION.STATE_CHANGED_AT, SUBMISSION.STATE_CHANGED_BY)
                .values((Integer) null, null, null, null, null, null, null, null, null, null, null, null));
        for (Values v : rows) {
            Score score = v.score();
            batch.bind(year, v.initiativeId(), score.met().orElse(null), score.total().orElse(null),
                    score.isNotRelevant(), v.departmentNote(), v.assessment(), 1, at,
                    SubmissionState.DRAFT.name(), at, by);
        }
        batch.execute();
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
