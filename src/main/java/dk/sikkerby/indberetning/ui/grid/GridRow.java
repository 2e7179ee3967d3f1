package dk.sikkerby.indberetning.ui.grid;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.ScoreEntry;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.Violation;
import java.util.List;
import java.util.Optional;

/**
 * One initiative's line in the grid: the row as stored, and the score and the two texts as the user
 * typed them. The texts are plain in the grid; a text left as it was keeps its stored formatting.
 */
public final class GridRow {

    private InitiativeRow stored;
    private final String notRelevantText;
    private String score;
    private String note;
    private String assessment;
    private boolean departmentEditable;
    private boolean assessmentEditable;
    private String lockReason = "";

    GridRow(InitiativeRow stored, String notRelevantText) {
        this.notRelevantText = notRelevantText;
        reset(stored);
    }

    /** Shows {@code row} as stored, dropping what was typed. */
    void reset(InitiativeRow row) {
        stored = row;
        score = ScoreEntry.format(row.score(), notRelevantText);
        note = row.departmentNote().plainText();
        assessment = row.assessment().plainText();
    }

    public String text(GridColumn column) {
        return switch (column) {
            case INITIATIVE -> stored.name();
            case DEPARTMENT -> stored.department().code();
            case SCORE -> score;
            case NOTE -> note;
            case ASSESSMENT -> assessment;
            case STATE -> "";
        };
    }

    void set(GridColumn column, String text) {
        String value = text == null ? "" : text;
        switch (column) {
            case SCORE -> score = value;
            case NOTE -> note = value;
            case ASSESSMENT -> assessment = value;
            default -> throw new IllegalArgumentException("Not a typed column: " + column);
        }
    }

    /** The form the typed values make, as the editor form would make it. */
    public SubmissionForm form() {
        return ScoreEntry.parse(score).form(typedText(note, stored.departmentNote()),
                typedText(assessment, stored.assessment()));
    }

    private static RichText typedText(String typed, RichText stored) {
        return typed.strip().equals(stored.plainText().strip()) ? stored : RichText.plain(typed.strip());
    }

    /** The rules the typed values break, as the editor form's rules judge them. */
    public List<Violation> violations() {
        return SubmissionRules.validate(form());
    }

    /** Whether what was typed differs from what is stored. */
    public boolean isDirty() {
        SubmissionForm form = form();
        Optional<Score> typed = SubmissionRules.score(form);
        return typed.map(s -> !s.equals(stored.score())).orElse(true)
                || !form.departmentNote().equals(stored.departmentNote())
                || !form.assessment().equals(stored.assessment());
    }

    public InitiativeRow stored() {
        return stored;
    }

    public boolean isEditable(GridColumn column) {
        return switch (column) {
            case SCORE, NOTE -> departmentEditable;
            case ASSESSMENT -> assessmentEditable;
            default -> false;
        };
    }

    /** Whether nothing of the row may be changed by the user now. */
    public boolean isLocked() {
        return !departmentEditable && !assessmentEditable;
    }

    /** Why the user may not change the row (a locked year, another department, its state), or "". */
    public String lockReason() {
        return lockReason;
    }

    void setAccess(boolean department, boolean assessmentAllowed, String reason) {
        departmentEditable = department;
        assessmentEditable = assessmentAllowed;
        lockReason = reason;
    }
}
