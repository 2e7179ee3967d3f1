package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real 2021 appendix, read without a database: every initiative with its department, score and text. */
class Appendix2021Test {

    private static ParsedAppendix parsed;

    @BeforeAll
    static void read() {
        parsed = new AppendixReader(KnownVocabulary.builtIn()).read(AppendixFile.path(), Optional.empty(), Progress.NONE);
    }

    private static ParsedInitiative initiative(String name) {
        return parsed.initiatives().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No initiative " + name));
    }

    @Test
    void givesTheYearTitleAndNoteLabelWithoutErrors() {
        assertFalse(parsed.hasErrors(), () -> parsed.findings().toString());
        assertEquals(2021, parsed.year());
        assertEquals("Bilag 1: Indsatsernes målopfyldelse for 2021", parsed.title());
        assertEquals(Optional.of("Covid-19"), parsed.noteLabel());
        assertEquals(Optional.of(TextEncoding.UTF_8), parsed.encoding());
        assertEquals(LineEnding.LF, parsed.lineEnding());
    }

    @Test
    void gives25InitiativesIn4CategoriesInTheAppendixOrder() {
        assertEquals(List.of("PRIMÆR FOREBYGGELSE", "SEKUNDÆR FOREBYGGELSE", "TERTIÆR FOREBYGGELSE", "OMRÅDEBASEREDE INDSATSER"),
                parsed.categories().stream().map(ParsedCategory::name).toList());
        assertEquals(25, parsed.initiatives().size());
        Map<String, Long> perCategory = parsed.initiatives().stream()
                .collect(Collectors.groupingBy(ParsedInitiative::category, Collectors.counting()));
        assertEquals(Map.of("PRIMÆR FOREBYGGELSE", 3L, "SEKUNDÆR FOREBYGGELSE", 8L, "TERTIÆR FOREBYGGELSE", 9L,
                "OMRÅDEBASEREDE INDSATSER", 5L), perCategory);
    }

    @Test
    void everyInitiativeHasTheDepartmentAndScoreOfTheAppendix() {
        List<String> expected = List.of(
                "Idrætssociale Indsatser|KFF|2/3", "Bydækkende fritids- og studiejobindsats|BIF|0/2",
                "TV-overvågning|ØKF|not relevant", "Sjakket|SOF|10/10", "Københavnerteamet|SOF|1/1",
                "Ny Start|SOF|2/3", "Green Teams Driftssamarbejde|TMF|0/1", "Green Teams Fritidsjob|TMF|1/1",
                "Din Betjent|ØKF|1/2", "Ungdomsbrandkorpset|ØKF|6/6", "Fokus på forebyggelse af ekstremisme|BIF|3/5",
                "18+ enheden|SOF|3/5", "Spydspidsen|SOF|3/3", "SSP+|SOF|4/5", "Den korte snor|SOF|5/6", "Nexus|SOF|2/3",
                "Enheden for Kriminalpræventive Indsatser|SOF|3/3",
                "Beskæftigelses- og uddannelsesfokuseret afsoning og god løsladelse (BUAGL)|BIF|3/3",
                "Styrket aktiveringsindsats til ledige med bande- eller rockerrelationer (specialenheden)|BIF|2/3",
                "Mentorprojektet STRØM|BUF|1/4", "Amager Partnerskab|ØKF|3/9", "Folehaven Partnerskab|ØKF|1/3",
                "Tingbjerg-Husum Partnerskab|ØKF|4/9", "Tryghed Sydhavn/ SydhavnsCompagniet|ØKF|4/4", "All in|SOF|6/6");
        assertEquals(expected, parsed.initiatives().stream()
                .map(i -> i.name() + "|" + i.departmentCode() + "|" + i.score()).toList());
        assertEquals(Score.notRelevant(), initiative("TV-overvågning").score());
        assertTrue(initiative("TV-overvågning").departmentNote().isEmpty());
    }

    /**
     * For each row that the page did not break, the texts are the file's cells with the paragraph markup
     * turned into paragraphs: computed here from the raw line, independently of the reader.
     */
    @Test
    void unbrokenRowsKeepTheTextOfTheirCells() {
        List<String> lines = AppendixFile.lines();
        List<Integer> broken = List.of(20, 26, 35, 39);
        int checked = 0;
        for (ParsedInitiative i : parsed.initiatives()) {
            if (broken.contains(i.line())) {
                continue;
            }
            String[] cells = lines.get(i.line() - 1).split("\t", -1);
            assertEquals(paragraphs(cells[3]), i.departmentNote().plainText(), i.name());
            assertEquals(paragraphs(cells[4]), i.assessment().plainText(), i.name());
            checked++;
        }
        assertEquals(21, checked);
    }

    private static String paragraphs(String cell) {
        return cell.strip().replace("</p> <p>", "\n").replaceAll("</?[pi]>", "");
    }

    @Test
    void keepsItalics() {
        RichText assessment = initiative("Idrætssociale Indsatser").assessment();
        List<String> italic = assessment.paragraphs().get(0).runs().stream()
                .filter(RichText.Run::italic).map(RichText.Run::text).toList();
        assertEquals(List.of("Idrætssociale Indsatser", "FerieCamp"), italic);
        assertEquals(3, assessment.paragraphs().size());
    }

    @Test
    void joinsTheNameAndTextsOfBuaglSplitAtThePageBreak() {
        ParsedInitiative buagl = initiative("Beskæftigelses- og uddannelsesfokuseret afsoning og god løsladelse (BUAGL)");
        assertEquals(35, buagl.line());
        assertEquals("Arbejdsgangene i indsatsen har i perioder i 2021 måttet justeres pga. Covid-19. Bl.a. er kontakten "
                + "til de indsatte københavnere i perioder sket via telefon, Skype m.v. Derudover har påbegyndelse af "
                + "forløb i jobcentret også været justeret i perioder for at overholde Covid-19restriktioner.",
                buagl.departmentNote().plainText());
        assertEquals("Indsatsen har udarbejdet en grundig beskrivelse af deres aktiviteter. Sikker By har foreslået en "
                + "opjustering af succeskriterierne om andelen af indsatsdeltagere, der er i job og uddannelse hhv. 13 "
                + "og 26 uger efter endt indsats i jobcenteret efter afsoning, da indsatsen for 3. år i træk scorer "
                + "væsentligt højere end kriterierne. Dette har indsatsen indarbejdet i deres budgetnotat om "
                + "forlængelse til Budget23.", buagl.assessment().plainText());
    }

    @Test
    void continuesTheNotesOfDinBetjent18PlusEnhedenAndStrom() {
        assertEquals("God beskrivelse af indsatsen. Det er ikke muligt at vurdere succeskriteriet for kampagner i år, "
                + "men indsatsen har efter dialog med Sikker By udarbejdet nye succeskriterier for både kampagner, "
                + "netværksarrangementer og borgerkontakt. Disse vil blive taget i brug næste år.",
                initiative("Din Betjent").assessment().plainText());
        RichText enheden = initiative("18+ enheden").assessment();
        assertEquals(2, enheden.paragraphs().size());
        assertTrue(enheden.paragraphs().get(0).text().endsWith("til 20 unikke brugere pr. dag."));
        assertEquals("Sikker By er løbende i dialog med indsatsen om succeskriteriernes udformning. Denne dialog vil "
                + "fortsætte i efteråret.", enheden.paragraphs().get(1).text());
        ParsedInitiative strom = initiative("Mentorprojektet STRØM");
        assertTrue(strom.departmentNote().plainText().endsWith("matchet med mentorer, og at ventetiden på at få en "
                + "mentor har været 3 gange så lang, som den plejer."));
        assertEquals(1, strom.departmentNote().paragraphs().size());
        assertEquals(List.of("Indsatsen laver en fin beskrivelse af deres arbejde og har opstillet relevante succeskriterier.",
                "Tre af indsatsens mål om hhv. tilfredshed, fritidsliv og skole opnås ikke i år. Det bemærkes, at data "
                        + "baseres på en meget lille respondentgruppe (11 deltagere), da flere forløb enten ikke er "
                        + "afsluttet endnu eller er afbrudt før tid. Sikker By vurderer dog ikke, at det er nødvendigt "
                        + "at gå i dialog med indsatsen om udvikling af nye succeskriterier."),
                strom.assessment().paragraphs().stream().map(RichText.Paragraph::text).toList());
    }

    @Test
    void warnsThatTheFootnoteSaysKkfWhereTheTableSaysKff() {
        List<Finding> warnings = parsed.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        Finding kff = warnings.get(0);
        assertEquals("import.department.codeMismatch", kff.key());
        assertEquals(7, kff.line());
        assertEquals(List.of("KFF", 7, "KKF", 9, "Kultur- og Fritidsforvaltningen"), kff.args());
    }

    @Test
    void usesTheSixDepartmentsOfTheRowsAndNotKkf() {
        assertEquals(List.of("KFF Kultur- og Fritidsforvaltningen", "BIF Beskæftigelses- og Integrationsforvaltningen",
                        "ØKF Økonomiforvaltningen", "SOF Socialforvaltningen", "TMF Teknik- og Miljøforvaltningen",
                        "BUF Børne- og Ungdomsforvaltningen"),
                parsed.departments().stream().map(d -> d.code() + " " + d.name()).toList());
    }

    @Test
    void saysWhichContinuationLinesItJoined() {
        List<Integer> lines = parsed.findings().stream()
                .filter(f -> f.key().startsWith("import.continuation.")).map(Finding::line).distinct().toList();
        assertEquals(List.of(22, 28, 37, 41), lines);
    }
}
