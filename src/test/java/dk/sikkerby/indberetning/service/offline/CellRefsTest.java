package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A1 references as sheet XML writes them, and what a hostile file might write instead. */
class CellRefsTest {

    @Test
    void readsColumnsAndRowsAsPoiCountsThem() {
        assertEquals(0, CellRefs.parseColumn("A1", -1));
        assertEquals(2, CellRefs.parseColumn("C7", -1));
        assertEquals(26, CellRefs.parseColumn("AA3", -1));
        assertEquals(16383, CellRefs.parseColumn("XFD1048576", -1));
        assertEquals(6, CellRefs.parseRow("C7", -1));
        assertEquals(6, CellRefs.parseRow("7", -1));
        assertEquals(500, CellRefs.lastRow("A1:H500"));
    }

    @Test
    void whatIsNotAReferenceGivesTheFallback() {
        assertEquals(-1, CellRefs.parseColumn("7", -1));
        assertEquals(-1, CellRefs.parseColumn("ÆØ1", -1));
        assertEquals(-1, CellRefs.parseColumn("", -1));
        assertEquals(-1, CellRefs.parseRow("C", -1));
        assertEquals(-1, CellRefs.parseRow("C99999999999", -1));
        assertEquals(0, CellRefs.lastRow(null));
    }
}
