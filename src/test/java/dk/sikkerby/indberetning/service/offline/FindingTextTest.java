package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A finding names sheet and cell before what is wrong, in the user's language. */
class FindingTextTest {

    private final Finding exceeds = Finding.errorAt("SOF", "C7", "validation.met.exceedsTotal", 11, 10);

    @Test
    void danishAsTheIssueWritesIt() {
        assertEquals("Ark SOF, C7: Opfyldte mål (11) kan ikke overstige antal mål (10)",
                FindingText.of(Messages.forLocale(Messages.DANISH), exceeds));
    }

    @Test
    void englishAndWithoutACell() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertEquals("Sheet SOF, C7: " + english.get("validation.met.exceedsTotal", 11, 10), FindingText.of(english, exceeds));
        assertEquals("Sheet SOF: the sheet has at least 10001 rows; a report has at most 10000. The workbook is not read.",
                FindingText.of(english, Finding.errorAt("SOF", null, "offline.error.tooManyRows", 10_001, 10_000)));
    }
}
