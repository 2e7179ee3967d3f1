package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which rows are taken for the table's header: the first look at every cell must not miss a known name. */
class HeaderReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"Indsats", "Indsatser", "Indsatsens navn", "Indsatsnavn", "Navn", "INDSATS", "indsatsens  navn ¹",
            "Navn:", " NAVN* "})
    void aRowNamingTheInitiativeColumnIsAHeader(String name) {
        assertTrue(HeaderReader.looksLikeHeader(Row.of(3, name + "\tForvaltning\tMålopfyldelse")), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Indsats nr. 7 mentorer", "Navnet på indsatsen er langt nok til ikke at være en overskrift",
            "Forvaltning", "Målopfyldelse", "2/3", "SOF"})
    void aRowOfDataIsNot(String cell) {
        assertFalse(HeaderReader.looksLikeHeader(Row.of(3, cell + "\tSOF\t2/3")), cell);
    }
}
