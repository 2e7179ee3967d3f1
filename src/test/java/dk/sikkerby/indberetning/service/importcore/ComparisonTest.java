package dk.sikkerby.indberetning.service.importcore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.service.importcore.Comparison.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How both imports decide a row: unchanged, new, a change, or changed in the database since the file was made. */
class ComparisonTest {

    private static final RichText NOTE = RichText.plain("Godt på vej");
    private static final RichText ASSESSMENT = RichText.plain("Fint");
    private static final SubmissionFields STORED = new SubmissionFields(Score.of(2, 3), NOTE, ASSESSMENT);
    private static final SubmissionFields NOTHING = new SubmissionFields(Score.missing(), RichText.EMPTY, RichText.EMPTY);

    @Test
    void theSameValuesAreUnchangedEvenIfTheDatabaseMovedSince() {
        Comparison c = Comparison.of(STORED, true, STORED, true);
        assertEquals(Verdict.UNCHANGED, c.verdict());
        assertEquals(List.of(), c.changes());
    }

    @Test
    void otherValuesOnAStoredSubmissionAreAChangeFieldByField() {
        SubmissionFields file = new SubmissionFields(Score.of(3, 3), RichText.plain("Nået"), ASSESSMENT);
        Comparison c = Comparison.of(STORED, true, file, false);
        assertEquals(Verdict.CHANGED, c.verdict());
        assertEquals(List.of(new FieldChange.OfScore(Score.of(2, 3), Score.of(3, 3)),
                new FieldChange.OfText(ChangedField.DEPARTMENT_NOTE, NOTE, RichText.plain("Nået"))), c.changes());
    }

    @Test
    void valuesWhereNothingIsStoredAreNew() {
        SubmissionFields file = new SubmissionFields(Score.notRelevant(), RichText.EMPTY, RichText.EMPTY);
        assertEquals(Verdict.NEW, Comparison.of(NOTHING, false, file, false).verdict());
        assertEquals(Verdict.UNCHANGED, Comparison.of(NOTHING, false, NOTHING, false).verdict());
    }

    @Test
    void aChangeToWhatChangedSinceTheFileWasMadeIsNotSimplyWritten() {
        SubmissionFields file = new SubmissionFields(Score.of(2, 3), NOTE, RichText.plain("Ny vurdering"));
        Comparison c = Comparison.of(STORED, true, file, true);
        assertEquals(Verdict.CHANGED_SINCE, c.verdict());
        assertEquals(List.of(new FieldChange.OfText(ChangedField.ASSESSMENT, ASSESSMENT, RichText.plain("Ny vurdering"))),
                c.changes());
        assertEquals(Verdict.CHANGED_SINCE, Comparison.of(NOTHING, false, STORED, true).verdict());
    }

    @Test
    void aChangeIsTypedByWhatTheFieldHolds() {
        assertThrows(IllegalArgumentException.class, () -> new FieldChange.OfText(ChangedField.TITLE, NOTE, NOTE));
        assertThrows(IllegalArgumentException.class, () -> new FieldChange.OfName(ChangedField.SCORE, "a", "b"));
        assertEquals(ChangedField.POSITION, new FieldChange.OfPosition(1, 2).field());
        FieldChange.Values<String> kinds = new FieldChange.Values<>() {
            public String score(Score score) {
                return "score " + score.fraction();
            }

            public String text(RichText text) {
                return "text " + text.plainText();
            }

            public String name(String name) {
                return "name " + name;
            }

            public String position(int position) {
                return "position " + position;
            }
        };
        assertEquals(new FieldChange.Shown<>("score 2/3", "score 3/3"),
                new FieldChange.OfScore(Score.of(2, 3), Score.of(3, 3)).shown(kinds));
        assertEquals(new FieldChange.Shown<>("name Trafik", "name Skole"),
                new FieldChange.OfName(ChangedField.CATEGORY, "Trafik", "Skole").shown(kinds));
        assertEquals(new FieldChange.Shown<>("position 1", "position 2"), new FieldChange.OfPosition(1, 2).shown(kinds));
        assertEquals(new FieldChange.Shown<>("text a", "text b"), new FieldChange.OfText(ChangedField.DEPARTMENT_NOTE,
                RichText.plain("a"), RichText.plain("b")).shown(kinds));
    }
}
