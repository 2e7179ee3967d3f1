package dk.sikkerby.indberetning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The name matcher on the initiative names of the 2021 appendix the app ships (decision 0703). */
class NameSimilarityTest {

    /** The initiative names of the 2021 appendix: the rows whose second column is a department code. */
    static final List<String> NAMES_2021 = names2021();

    private static List<String> names2021() {
        try (InputStream in = NameSimilarityTest.class
                .getResourceAsStream("/dk/sikkerby/indberetning/samples/bilag1-2021.txt")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                String[] cells = line.split("\t");
                if (cells.length >= 3 && cells[1].strip().matches("\\p{Lu}{2,4}")) {
                    names.add(cells[0].strip());
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSampleHasItsTwentyFiveInitiatives() {
        assertEquals(25, NAMES_2021.size());
        assertTrue(NAMES_2021.contains("Sjakket") && NAMES_2021.contains("Tingbjerg-Husum Partnerskab"));
    }

    @Test
    void compoundsAndEndingsAreSeenThatWholeWordsMissed() {
        assertAlike("Tryghedsvandring", "Tryghedsvandringer", 0.88);
        assertAlike("Natteravne", "Natteravnene i Valby", 0.71);
        assertAlike("Sjakket", "Sjakket Gadeplan", 0.64);
        assertAlike("Green Teams Fritidsjob", "Green Teams Sommerjob", 0.62);
        assertAlike("Mentorprojektet STRØM", "Mentorordningen STRØM", 0.5);
        assertAlike("Tryghed Sydhavn/ SydhavnsCompagniet", "SydhavnsCompagniet", 0.82);
        assertAlike("Fokus på forebyggelse af ekstremisme", "Forebyggelse af ekstremisme", 0.89);
    }

    private static void assertAlike(String a, String b, double expected) {
        double s = NameSimilarity.of(a, b);
        assertEquals(expected, s, 0.01, a + " / " + b);
        assertTrue(s >= NameSimilarity.LIKELY, a + " / " + b + " should be proposed");
    }

    @Test
    void noTwo2021NamesThatShareNoWordAreProposed() {
        List<String> nonsense = new ArrayList<>();
        for (int i = 0; i < NAMES_2021.size(); i++) {
            for (int j = i + 1; j < NAMES_2021.size(); j++) {
                String a = NAMES_2021.get(i);
                String b = NAMES_2021.get(j);
                if (!shareAWord(a, b) && NameSimilarity.of(a, b) >= NameSimilarity.LIKELY) {
                    nonsense.add(a + " / " + b);
                }
            }
        }
        assertEquals(List.of(), nonsense);
        assertTrue(NameSimilarity.of("Helt andet projekt", "Sjakket") < NameSimilarity.LIKELY);
        assertTrue(NameSimilarity.of("Idrætssociale Indsatser", "FerieCamp") < NameSimilarity.LIKELY);
    }

    private static boolean shareAWord(String a, String b) {
        Set<String> left = new HashSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        left.retainAll(Arrays.asList(b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        left.remove("");
        return !left.isEmpty();
    }

    @Test
    void nothingToCompareIsNotAlike() {
        assertEquals(0, NameSimilarity.of("", "Sjakket"));
        assertEquals(0, NameSimilarity.of("–", "—"));
    }

    @Provide
    Arbitrary<String> name2021() {
        return Arbitraries.of(NAMES_2021);
    }

    @Provide
    Arbitrary<String> ending() {
        return Arbitraries.of("er", "ne", "en", "ene", "erne", "s", "et");
    }

    @Property
    void aNameIsWhollyAlikeItselfWhateverItsCaseAndPunctuation(@ForAll("name2021") String name) {
        assertEquals(1.0, NameSimilarity.of(name, name));
        assertEquals(1.0, NameSimilarity.of(name, " " + name.toUpperCase(Locale.ROOT) + ". "));
    }

    @Property
    void similarityIsSymmetricAndBetweenZeroAndOne(@ForAll("name2021") String a, @ForAll("name2021") String b) {
        double s = NameSimilarity.of(a, b);
        assertEquals(s, NameSimilarity.of(b, a));
        assertTrue(s >= 0 && s <= 1);
    }

    @Property
    void aDanishEndingOnTheLastWordStillProposes(@ForAll("name2021") String name, @ForAll("ending") String ending) {
        assertTrue(NameSimilarity.of(name, name + ending) >= NameSimilarity.LIKELY, name + ending);
    }

    /** A word added that is no longer than the name keeps at least two thirds of the trigrams in common. */
    @Property
    void anAddedWordNoLongerThanTheNameStillProposes(@ForAll("name2021") String name,
                                                      @ForAll("name2021") String other) {
        String word = other.split(" ")[0];
        net.jqwik.api.Assume.that(word.length() <= name.length());
        String longer = name + " " + word;
        assertTrue(NameSimilarity.of(name, longer) >= NameSimilarity.LIKELY, longer);
    }
}
