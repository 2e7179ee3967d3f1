package dk.sikkerby.indberetning.service.importcore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One kind of finding for both imports: a place, a severity, a key and its values. */
class FindingTest {

    @Test
    void aLineZeroIsTheWholeFile() {
        assertEquals(Place.WHOLE_FILE, Place.line(0, 0));
        Finding f = Finding.info(Place.line(0, 0), "k");
        assertEquals(0, f.line());
        assertEquals(0, f.column());
    }

    @Test
    void aWorkbookCellHasNoLineOrColumn() {
        Finding f = Finding.warning(Place.cell("SOF", "C7"), "k");
        assertEquals(0, f.line());
        assertEquals(0, f.column());
        assertFalse(f.isError());
    }

    @Test
    void fileOrderIsLineThenColumnWithTheWholeFileFirst() {
        Finding late = Finding.error(Place.line(9, 1), "late");
        Finding sameLineLater = Finding.warning(Place.line(3, 12), "b");
        Finding sameLineEarlier = Finding.warning(Place.line(3, 2), "a");
        Finding whole = Finding.error("whole");
        List<Finding> findings = new ArrayList<>(List.of(late, sameLineLater, whole, sameLineEarlier));
        findings.sort(Finding.FILE_ORDER);
        assertEquals(List.of(whole, sameLineEarlier, sameLineLater, late), findings);
        assertTrue(whole.isError());
    }

    @Test
    void argumentsAreCopiedAndCannotChange() {
        List<Object> args = new ArrayList<>(List.of("x", 1));
        Finding f = new Finding(Severity.INFO, Place.WHOLE_FILE, "k", args);
        args.add("y");
        assertEquals(List.of("x", 1), f.args());
        assertThrows(UnsupportedOperationException.class, () -> f.args().add("z"));
    }
}
