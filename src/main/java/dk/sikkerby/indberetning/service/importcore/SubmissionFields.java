package dk.sikkerby.indberetning.service.importcore;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * What a file can say about one submission, or what is stored: the score, the department's note and
 * the reviewer's assessment. A returned workbook has no assessment; it passes the stored one on both
 * sides, so the assessment never shows as changed.
 */
public record SubmissionFields(Score score, RichText departmentNote, RichText assessment) {

    /** The fields that differ from {@code stored} to this, in the order a report lists them. */
    public List<FieldChange> changesFrom(SubmissionFields stored) {
        List<FieldChange> changes = new ArrayList<>();
        if (!stored.score.equals(score)) {
            changes.add(new FieldChange.OfScore(stored.score, score));
        }
        if (!stored.departmentNote.equals(departmentNote)) {
            changes.add(new FieldChange.OfText(ChangedField.DEPARTMENT_NOTE, stored.departmentNote, departmentNote));
        }
        if (!stored.assessment.equals(assessment)) {
            changes.add(new FieldChange.OfText(ChangedField.ASSESSMENT, stored.assessment, assessment));
        }
        return changes;
    }
}
