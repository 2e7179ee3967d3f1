package dk.sikkerby.indberetning.domain;

import java.util.Optional;

/**
 * One line of the year's table: an initiative as set up for the year, with its submission if one
 * has been saved.
 */
public record InitiativeRow(int initiativeId, String name, Department department, Category category,
                            int position, Optional<Submission> submission) {

    public Score score() {
        return submission.map(Submission::score).orElse(Score.missing());
    }

    public RichText departmentNote() {
        return submission.map(Submission::departmentNote).orElse(RichText.EMPTY);
    }

    public RichText assessment() {
        return submission.map(Submission::assessment).orElse(RichText.EMPTY);
    }

    /** Not started when nothing is stored yet. */
    public SubmissionState state() {
        return submission.map(Submission::state).orElse(SubmissionState.NOT_STARTED);
    }

    /** The version a save must find in the database; 0 when nothing has been saved yet. */
    public int version() {
        return submission.map(Submission::version).orElse(0);
    }
}
