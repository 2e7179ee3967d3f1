package dk.sikkerby.indberetning.domain;

/**
 * What a user (or a file) offers as a submission, before validation: the numbers as typed.
 */
public record SubmissionForm(String metText, String totalText, boolean notRelevant,
                             RichText departmentNote, RichText assessment) {

    public SubmissionForm {
        metText = metText == null ? "" : metText;
        totalText = totalText == null ? "" : totalText;
        departmentNote = departmentNote == null ? RichText.EMPTY : departmentNote;
        assessment = assessment == null ? RichText.EMPTY : assessment;
    }

    public static SubmissionForm of(Score score, RichText note, RichText assessment) {
        return new SubmissionForm(score.met().map(String::valueOf).orElse(""),
                score.total().map(String::valueOf).orElse(""), score.isNotRelevant(), note, assessment);
    }
}
