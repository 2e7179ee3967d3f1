package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.domain.RichText;
import org.junit.jupiter.api.Test;

/** Joining a text cell with its continuation after a page break. */
class TextJoinTest {

    private static RichText join(String first, String continuation, boolean explicit) {
        return TextJoin.join(RichText.parse(first), RichText.parse(continuation), explicit);
    }

    @Test
    void aSentenceBrokenByThePageIsJoinedWithASpace() {
        assertEquals(RichText.parse("<p>A.</p><p>for både kampagner, netværk og borgere.</p>"),
                join("<p>A.</p><p>for både kampagner,</p>", "<p>netværk og borgere.</p>", false));
    }

    @Test
    void aNewSentenceAfterAFullStopIsANewParagraph() {
        assertEquals(RichText.parse("<p>pr. dag.</p><p>Sikker By er i dialog.</p>"),
                join("<p>pr. dag.</p>", "<p>Sikker By er i dialog.</p>", false));
    }

    @Test
    void aContinuationThatOpensAParagraphStartsOne() {
        assertEquals(RichText.parse("<p>og at</p><p>ventetiden</p>"), join("<p>og at</p>", "<p>ventetiden</p>", true));
    }

    @Test
    void italicsOnBothSidesAreKept() {
        assertEquals(RichText.parse("<p>en <i>kursiv</i> og <i>mere</i> tekst</p>"),
                join("<p>en <i>kursiv</i> og</p>", "<p><i>mere</i> tekst</p>", false));
    }
}
