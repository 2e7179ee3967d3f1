package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;

/** One initiative's row as read back and checked: which initiative, where it stood, what it says. */
public record ReturnedRow(int initiativeId, int sheetRow, Score score, RichText note) {
}
