package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The line estimate behind the row heights, against the font's own widths. */
class RowHeightsTest {

    private final TextWidths widths = TextWidths.get();
    private final RowHeights heights = new RowHeights(widths);

    @Test
    void textThatFitsTakesOneLineAndEachParagraphStartsANewOne() {
        float column = RowHeights.columnPoints(46);
        assertEquals(1, heights.lines("", column, 10));
        assertEquals(1, heights.lines("Indsatsen laver en god beskrivelse.", column, 10));
        assertEquals(3, heights.lines("Første afsnit.\nAndet afsnit.\nTredje.", column, 10));
    }

    @Test
    void longTextWrapsAtWordsIntoAsManyLinesAsItsWidthNeeds() {
        String word = "succeskriterier ";
        String text = word.repeat(40);
        float column = RowHeights.columnPoints(46);
        float usable = (column - 5) * 0.95f / 10;
        float wordWidth = widths.width(word, 0, word.length());
        int wordsPerLine = (int) ((usable + widths.width(' ')) / wordWidth);
        int expected = (int) Math.ceil(40.0 / wordsPerLine);
        assertEquals(expected, heights.lines(text, column, 10));
        assertTrue(heights.lines(text, RowHeights.columnPoints(23), 10) > expected, "a narrower column needs more lines");
    }

    @Test
    void aWordLongerThanTheColumnIsBrokenAcrossLines() {
        String url = "https://www.kk.dk/" + "x".repeat(200);
        assertTrue(heights.lines(url, RowHeights.columnPoints(12), 10) >= 4);
    }

    @Test
    void heightsFollowExcelsLineHeightAndWiderLettersTakeMoreRoom() {
        assertEquals(3 * 12.75f + 3, RowHeights.points(3, 10), 0.001);
        assertTrue(widths.width('W') > widths.width('i'));
        assertTrue(widths.width('æ') > 0 && widths.width('ø') > 0);
    }
}
