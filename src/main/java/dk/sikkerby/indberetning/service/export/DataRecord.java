package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.i18n.Messages;

/**
 * One row of the data sheet and the CSV: the table's row with typed values. A missing score has no
 * numbers and no not-relevant flag (nothing is invented), and {@code missing} says so.
 */
record DataRecord(int year, String category, String initiative, String departmentCode, String departmentName,
                  boolean missing, Integer met, Integer total, Boolean notRelevant, String note, String assessment,
                  String lastYear) {

    /** The row of {@code content}, with its latest earlier score as shown in the appendix (null if none). */
    static DataRecord of(ExportContent content, InitiativeRow row, Messages messages) {
        DataRecord plain = of(content.year(), row);
        return new DataRecord(plain.year, plain.category, plain.initiative, plain.departmentCode, plain.departmentName,
                plain.missing, plain.met, plain.total, plain.notRelevant, plain.note, plain.assessment,
                content.lastYearOf(row).map(s -> ScoreText.of(s, messages)).orElse(null));
    }

    static DataRecord of(int year, InitiativeRow row) {
        Score score = row.score();
        return new DataRecord(year, row.category().name(), row.name(), row.department().code(),
                row.department().name(), score.isMissing(), score.met().orElse(null), score.total().orElse(null),
                score.isMissing() ? null : score.isNotRelevant(),
                row.departmentNote().plainText(), row.assessment().plainText(), null);
    }

    /** Met divided by total, or null when the score has no numbers. */
    Double share() {
        return met == null ? null : met / (double) total;
    }
}
