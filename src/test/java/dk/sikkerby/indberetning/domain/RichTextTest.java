package dk.sikkerby.indberetning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    private static final RichText SAMPLE = new RichText(List.of(
            new RichText.Paragraph(List.of(new RichText.Run("I år afrapporterer KFF. ", false),
                    new RichText.Run("Idrætssociale Indsatser", true), new RichText.Run(" erstatter <FerieCamp> & mere.", false))),
            new RichText.Paragraph(List.of(new RichText.Run("Andet afsnit.", false)))));

    @Test
    void storageFormRoundTrips() {
        String stored = SAMPLE.toStorage();
        assertEquals("<p>I år afrapporterer KFF. <i>Idrætssociale Indsatser</i> erstatter &lt;FerieCamp&gt; &amp; mere.</p>"
                + "<p>Andet afsnit.</p>", stored);
        assertEquals(SAMPLE, RichText.parse(stored));
    }

    /** The reader takes plain text a stretch at a time: entities and markup at a stretch's edges still count. */
    @Test
    void entitiesAndItalicAtTheEdgesOfPlainText() {
        RichText parsed = RichText.parse("<p>&amp;a<i>&lt;</i>&gt;</p><p><i>x</i></p><p>z&amp;</p>");
        assertEquals(new RichText(List.of(
                new RichText.Paragraph(List.of(new RichText.Run("&a", false), new RichText.Run("<", true),
                        new RichText.Run(">", false))),
                new RichText.Paragraph(List.of(new RichText.Run("x", true))),
                new RichText.Paragraph(List.of(new RichText.Run("z&", false))))), parsed);
        assertEquals("<p>&amp;a<i>&lt;</i>&gt;</p><p><i>x</i></p><p>z&amp;</p>", parsed.toStorage());
    }

    @Test
    void plainTextSeparatesParagraphsByLineBreaks() {
        assertEquals("I år afrapporterer KFF. Idrætssociale Indsatser erstatter <FerieCamp> & mere.\nAndet afsnit.",
                SAMPLE.plainText());
        assertTrue(SAMPLE.hasItalic());
        assertFalse(RichText.plain("x").hasItalic());
    }

    @Test
    void adjacentRunsOfTheSameStyleMergeAndEmptyOnesVanish() {
        RichText.Paragraph p = new RichText.Paragraph(List.of(new RichText.Run("a", true), new RichText.Run("", false),
                new RichText.Run("b", true)));
        assertEquals(List.of(new RichText.Run("ab", true)), p.runs());
        assertTrue(new RichText(List.of(new RichText.Paragraph(List.of()))).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "<b>bold</b>", "<p>x<script>alert(1)</script></p>", "<p>open",
            "<p><i>unclosed</p>", "<p>&nbsp;</p>", "<p>a</i></p>", "<p><i><i>x</i></i></p>", "<p>x</p>trailing",
            "<p>1 > 0</p>", "<P>upper</P>", "<p>x<</p>", "<p>a & b</p>", "<p>ab&amp</p>", "<p>x</p><p>y"})
    void refusesWhatTheEditorCouldNotShow(String stored) {
        assertThrows(IllegalArgumentException.class, () -> RichText.parse(stored));
    }

    @Test
    void emptyStorageIsEmptyText() {
        assertEquals(RichText.EMPTY, RichText.parse(""));
        assertEquals("", RichText.EMPTY.toStorage());
    }
}
