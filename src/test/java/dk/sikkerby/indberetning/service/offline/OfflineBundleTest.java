package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.sikkerby.indberetning.i18n.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The offline texts exist in Danish and English alike and load beside the other bundles. */
class OfflineBundleTest {

    private static final String BUNDLE = "dk.sikkerby.indberetning.i18n.offline";

    @Test
    void danishAndEnglishHaveTheSameKeys() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        assertEquals(new TreeSet<>(ResourceBundle.getBundle(BUNDLE, Messages.DANISH, exact).keySet()),
                new TreeSet<>(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, exact).keySet()));
    }

    @Test
    void theFindingOfTheIssueReadsAsTheSecretariatWroteIt() {
        Finding finding = Finding.errorAt("SOF", "C7", "validation.met.exceedsTotal", 11, 10);
        assertEquals("Ark SOF, C7: Opfyldte mål (11) kan ikke overstige antal mål (10)",
                FindingText.of(Messages.forLocale(Messages.DANISH), finding));
        assertEquals("Sheet SOF, C7: ", FindingText.of(Messages.forLocale(Locale.ENGLISH), finding).substring(0, 15));
        assertFalse(FindingText.of(Messages.forLocale(Locale.ENGLISH), finding).contains("!"));
    }
}
