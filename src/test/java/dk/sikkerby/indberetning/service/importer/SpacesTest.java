package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The readers' white-space rule reads a cell exactly as {@code replaceAll("\\s+", " ").strip()} did. */
class SpacesTest {

    @Property(tries = 3000)
    void squeezesAsTheRegularExpressionDid(@ForAll("cells") String cell) {
        assertEquals(cell.replaceAll("\\s+", " ").strip(), Spaces.squeeze(cell));
    }

    @Provide
    Arbitrary<String> cells() {
        // white space of every kind the expression knows and some it does not (no-break, ideographic, line separator)
        return Arbitraries.strings().withChars(" \t\n\u000B\f\r\u00A0\u3000\u2028aæ1/¹<").ofMaxLength(40);
    }

    @Test
    void aCellWithSingleSpacesOnlyIsKeptAsItIs() {
        String cell = "Indsats nr. 7 mentorer";
        assertSame(cell, Spaces.squeeze(cell));
        assertEquals("Ikke relevant", Spaces.squeeze(" Ikke \t\r\n relevant\u000B"));
        assertEquals("2/3", Spaces.squeeze("\u2028 2/3 \u3000"));
    }
}
