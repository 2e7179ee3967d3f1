package dk.sikkerby.indberetning.service.importcore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A finding says where it is before what is wrong, in the user's language: a cell of a workbook, a line of a text file. */
class FindingTextsTest {

    private final Finding exceeds = Finding.error(Place.cell("SOF", "C7"), "validation.met.exceedsTotal", 11, 10);
    private final FindingTexts danish = new FindingTexts(Messages.forLocale(Messages.DANISH));
    private final FindingTexts english = new FindingTexts(Messages.forLocale(Locale.ENGLISH));

    @Test
    void aWorkbookCellInDanishAsTheIssueWritesIt() {
        assertEquals("Ark SOF, C7: Opfyldte mål (11) kan ikke overstige antal mål (10)", danish.located(exceeds));
    }

    @Test
    void aWorkbookCellInEnglishAndASheetWithoutACell() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        assertEquals("Sheet SOF, C7: " + messages.get("validation.met.exceedsTotal", 11, 10), english.located(exceeds));
        assertEquals("Sheet SOF: the sheet has at least 10001 rows; a report has at most 10000. The workbook is not read.",
                english.located(Finding.error(Place.cell("SOF", null), "offline.error.tooManyRows", 10_001, 10_000)));
    }

    @Test
    void aFindingAboutTheWholeFileIsItsMessageAlone() {
        Finding notZip = Finding.error("offline.error.notZip");
        assertEquals(english.message(notZip), english.located(notZip));
        assertEquals(Place.WHOLE_FILE, Finding.error(Place.cell(null, null), "offline.error.notZip").place());
    }

    @Test
    void aTextFileFindingNamesLineAndColumnAndSeverity() {
        Finding warning = Finding.warning(Place.line(7, 25), "import.score.missing", "Sjakket");
        assertEquals("linje 7, kolonne 25", danish.where(warning));
        assertEquals("line 7", english.where(Finding.info(Place.line(7, 0), "import.score.missing", "x")));
        assertEquals("the file", english.where(Finding.info(Place.WHOLE_FILE, "import.score.missing", "x")));
        assertEquals("linje 7, kolonne 25: ADVARSEL: " + danish.message(warning), danish.withSeverity(warning));
        assertEquals(danish.withSeverity(warning), danish.located(warning));
    }

    @Test
    void everySeverityHasAWord() {
        assertEquals("FEJL", danish.severity(Severity.ERROR));
        assertEquals("WARNING", english.severity(Severity.WARNING));
        assertEquals("INFO", english.severity(Severity.INFO));
    }
}
