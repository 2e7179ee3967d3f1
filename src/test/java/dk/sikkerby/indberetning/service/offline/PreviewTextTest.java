package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.importcore.ChangedField;
import dk.sikkerby.indberetning.service.importcore.FieldChange;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A workbook shows a score as met, total and "not relevant", so its preview names the parts that change. */
class PreviewTextTest {

    private final PreviewText english = new PreviewText(Messages.forLocale(Locale.ENGLISH));

    private static RowPlan changed(FieldChange... changes) {
        return new RowPlan(2022, 1, "Sjakket", RowStatus.CHANGED, List.of(changes), 1, 1, Score.missing(),
                RichText.EMPTY, RichText.EMPTY);
    }

    @Test
    void aScoreThatBecomesNotRelevantNamesEachPartThatChanged() {
        assertEquals("Goals met: 2 → (empty); Goals assessed: 3 → (empty); Not relevant: no → yes",
                english.changes(changed(new FieldChange.OfScore(Score.of(2, 3), Score.notRelevant()))));
    }

    @Test
    void onlyTheMetPartAndTheNoteWhenOnlyTheyDiffer() {
        assertEquals("Goals met: 2 → 3; The note: (empty) → \"Nået\"",
                english.changes(changed(new FieldChange.OfScore(Score.of(2, 3), Score.of(3, 3)),
                        new FieldChange.OfText(ChangedField.DEPARTMENT_NOTE, RichText.EMPTY, RichText.plain("Nået")))));
    }
}
