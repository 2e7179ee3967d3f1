package dk.sikkerby.indberetning.domain;

import java.util.List;

/**
 * What a user (or a file) offers as a submission, before validation: the numbers as typed, and the
 * success criteria. {@code criteria} is null when the form does not speak of them (an old appendix, a
 * path that knows only the score): the stored criteria then stay as they are. An empty list says
 * "none listed": the typed score stands. A listed one derives the score ({@link CriteriaTally}).
 */
public record SubmissionForm(String metText, String totalText, boolean notRelevant,
                             RichText departmentNote, RichText assessment, List<SuccessCriterion> criteria) {

    /** A form that does not speak of success criteria. */
    public SubmissionForm(String metText, String totalText, boolean notRelevant, RichText departmentNote,
                          RichText assessment) {
        this(metText, totalText, notRelevant, departmentNote, assessment, null);
    }

    public SubmissionForm {
        criteria = criteria == null ? null : List.copyOf(criteria);
        metText = metText == null ? "" : metText;
        totalText = totalText == null ? "" : totalText;
        departmentNote = departmentNote == null ? RichText.EMPTY : departmentNote;
        assessment = assessment == null ? RichText.EMPTY : assessment;
    }

    public static SubmissionForm of(Score score, RichText note, RichText assessment) {
        return new SubmissionForm(score.met().map(String::valueOf).orElse(""),
                score.total().map(String::valueOf).orElse(""), score.isNotRelevant(), note, assessment);
    }

    /** The stored form of a submission and its criteria; with criteria listed, the score fields stay empty (derived). */
    public static SubmissionForm of(Score score, RichText note, RichText assessment, List<SuccessCriterion> criteria) {
        if (!criteria.isEmpty()) {
            return new SubmissionForm("", "", false, note, assessment, criteria);
        }
        return of(score, note, assessment).withCriteria(criteria);
    }

    public SubmissionForm withCriteria(List<SuccessCriterion> newCriteria) {
        return new SubmissionForm(metText, totalText, notRelevant, departmentNote, assessment, newCriteria);
    }

    /** Whether the form lists criteria, so that they decide the score. */
    public boolean listsCriteria() {
        return criteria != null && !criteria.isEmpty();
    }
}
