package dk.sikkerby.indberetning.service;

import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.persistence.StaleSubmissionException;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import java.util.List;
import org.jooq.DSLContext;

/** Reading a year's table and saving one submission: one transaction per user action. */
public final class SubmissionService {

    private final DSLContext dsl;

    public SubmissionService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<YearSummary> years() {
        return new YearRepository(dsl).summaries();
    }

    public YearTable loadYear(int year) {
        return dsl.transactionResult(cfg -> {
            YearRepository years = new YearRepository(cfg.dsl());
            ReportYear reportYear = years.find(year)
                    .orElseThrow(() -> new UserFacingException("year.error.unknown", year));
            return new YearTable(reportYear, years.categories(year), new SubmissionRepository(cfg.dsl()).rows(year));
        });
    }

    /**
     * Validates and saves one submission in one transaction.
     *
     * @param expectedVersion the version the user started editing (0 if none was stored)
     * @throws InvalidSubmissionException if the form breaks a rule
     * @throws ConcurrentEditException if someone else saved in between
     */
    public Submission save(int year, int initiativeId, SubmissionForm form, int expectedVersion) {
        List<Violation> violations = SubmissionRules.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        Score score = SubmissionRules.score(form).orElseThrow();
        try {
            return dsl.transactionResult(cfg -> new SubmissionRepository(cfg.dsl())
                    .save(year, initiativeId, score, form.departmentNote(), form.assessment(), expectedVersion));
        } catch (StaleSubmissionException e) {
            Submission stored = new SubmissionRepository(dsl).find(year, initiativeId).orElseThrow();
            throw new ConcurrentEditException(stored);
        }
    }
}
