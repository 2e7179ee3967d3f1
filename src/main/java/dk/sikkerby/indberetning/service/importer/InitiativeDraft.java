package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.RichText;

/** An initiative row while its continuation lines are still being read. */
final class InitiativeDraft {

    final int line;
    final String category;
    final String departmentCell;
    final int departmentColumn;
    final String scoreCell;
    final int scoreColumn;
    final int noteColumn;
    final int assessmentColumn;
    String name;
    RichText note;
    RichText assessment;

    InitiativeDraft(int line, String category, String name, String departmentCell, int departmentColumn,
                    String scoreCell, int scoreColumn, int noteColumn, int assessmentColumn) {
        this.line = line;
        this.category = category;
        this.name = name;
        this.departmentCell = departmentCell;
        this.departmentColumn = departmentColumn;
        this.scoreCell = scoreCell;
        this.scoreColumn = scoreColumn;
        this.noteColumn = noteColumn;
        this.assessmentColumn = assessmentColumn;
        this.note = RichText.EMPTY;
        this.assessment = RichText.EMPTY;
    }
}
