package dk.sikkerby.indberetning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The score and text rules as a table of cases: what a user types, and the message key it must get. */
class SubmissionRulesTest {

    private static final RichText LONG = RichText.plain("x".repeat(SubmissionRules.MAX_TEXT_LENGTH + 1));

    static Stream<Arguments> invalid() {
        return Stream.of(
                score("11", "10", Field.MET, "validation.met.exceedsTotal"),
                score("3", "2", Field.MET, "validation.met.exceedsTotal"),
                score("-1", "2", Field.MET, "validation.met.negative"),
                score("1", "-2", Field.TOTAL, "validation.total.negative"),
                score("0", "0", Field.TOTAL, "validation.total.zero"),
                score("0", "000", Field.TOTAL, "validation.total.zero"),
                score("2.5", "3", Field.MET, "validation.met.notWholeNumber"),
                score("2,5", "3", Field.MET, "validation.met.notWholeNumber"),
                score("2", "3.0", Field.TOTAL, "validation.total.notWholeNumber"),
                score("2/x", "3", Field.MET, "validation.met.notWholeNumber"),
                score("2", "x", Field.TOTAL, "validation.total.notWholeNumber"),
                score("", "3", Field.MET, "validation.met.missing"),
                score(" ", "3", Field.MET, "validation.met.missing"),
                score("2", "", Field.TOTAL, "validation.total.missing"),
                score("2", "\t", Field.TOTAL, "validation.total.missing"),
                score("٣", "5", Field.MET, "validation.met.notWholeNumber"),
                score("3", "٥", Field.TOTAL, "validation.total.notWholeNumber"),
                score("３", "5", Field.MET, "validation.met.notWholeNumber"),
                score("३", "5", Field.MET, "validation.met.notWholeNumber"),
                score("2147483648", "2147483649", Field.MET, "validation.met.tooLarge"),
                score("1", "2147483648", Field.TOTAL, "validation.total.tooLarge"),
                score("1", "99999999999999999999999", Field.TOTAL, "validation.total.tooLarge"),
                score("1", "1000", Field.TOTAL, "validation.total.tooLarge"),
                score("+3", "5", Field.MET, "validation.met.notWholeNumber"),
                score("1e3", "5", Field.MET, "validation.met.notWholeNumber"),
                score("0x10", "20", Field.MET, "validation.met.notWholeNumber"),
                score("1 2", "20", Field.MET, "validation.met.notWholeNumber"),
                score("2\u00003", "5", Field.MET, "validation.met.notWholeNumber"),
                score("--1", "5", Field.MET, "validation.met.notWholeNumber"),
                score("Ikke relevant", "", Field.MET, "validation.met.notWholeNumber"),
                new Object[] {new SubmissionForm("1", "2", true, RichText.EMPTY, RichText.EMPTY),
                        Field.NOT_RELEVANT, "validation.notRelevant.withNumbers"},
                new Object[] {new SubmissionForm("", "2", true, RichText.EMPTY, RichText.EMPTY),
                        Field.NOT_RELEVANT, "validation.notRelevant.withNumbers"},
                new Object[] {new SubmissionForm("1", "2", false, LONG, RichText.EMPTY),
                        Field.DEPARTMENT_NOTE, "validation.note.tooLong"},
                new Object[] {new SubmissionForm("1", "2", false, RichText.EMPTY, LONG),
                        Field.ASSESSMENT, "validation.assessment.tooLong"},
                new Object[] {new SubmissionForm("1", "2", false, RichText.plain("bell\u0007"), RichText.EMPTY),
                        Field.DEPARTMENT_NOTE, "validation.note.controlCharacter"},
                new Object[] {new SubmissionForm("1", "2", false, RichText.plain("nul\u0000"), RichText.EMPTY),
                        Field.DEPARTMENT_NOTE, "validation.note.controlCharacter"},
                new Object[] {new SubmissionForm("1", "2", false, RichText.EMPTY, RichText.plain("esc\u001b[31m")),
                        Field.ASSESSMENT, "validation.assessment.controlCharacter"},
                new Object[] {new SubmissionForm("1", "2", false, RichText.EMPTY, RichText.plain("next line\u0085")),
                        Field.ASSESSMENT, "validation.assessment.controlCharacter"},
                new Object[] {new SubmissionForm("1", "2", false, RichText.plain("tab\there"), RichText.EMPTY),
                        Field.DEPARTMENT_NOTE, "validation.note.controlCharacter"}
        ).map(Arguments::of);
    }

    private static Object[] score(String met, String total, Field field, String key) {
        return new Object[] {new SubmissionForm(met, total, false, RichText.EMPTY, RichText.EMPTY), field, key};
    }

    @ParameterizedTest(name = "[{index}] {0} -> {2}")
    @MethodSource("invalid")
    void refusesWithTheMessageOfTheBrokenRule(SubmissionForm form, Field field, String key) {
        List<Violation> violations = SubmissionRules.validate(form);
        assertTrue(violations.stream().anyMatch(v -> v.field() == field && v.key().equals(key)),
                () -> "expected " + field + " " + key + " but got " + violations);
        if (field != Field.DEPARTMENT_NOTE && field != Field.ASSESSMENT) {
            assertEquals(Optional.empty(), SubmissionRules.score(form), "an invalid score must give no score");
        }
    }

    @Test
    void atLeastThirtyInvalidInputsAreCovered() {
        assertTrue(invalid().count() >= 30);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("2", "3", false, Score.of(2, 3)),
                Arguments.of("0", "1", false, Score.of(0, 1)),
                Arguments.of("10", "10", false, Score.of(10, 10)),
                Arguments.of(" 4 ", " 9", false, Score.of(4, 9)),
                Arguments.of("007", "9", false, Score.of(7, 9)),
                Arguments.of("999", "999", false, Score.of(999, 999)),
                Arguments.of("", "", false, Score.missing()),
                Arguments.of("  ", "", false, Score.missing()),
                Arguments.of("", "", true, Score.notRelevant()));
    }

    @ParameterizedTest(name = "[{index}] {0}/{1} not relevant={2}")
    @MethodSource("valid")
    void acceptsValidScores(String met, String total, boolean notRelevant, Score expected) {
        SubmissionForm form = new SubmissionForm(met, total, notRelevant,
                RichText.plain("Note with\nparagraphs"), RichText.EMPTY);
        assertEquals(List.of(), SubmissionRules.validate(form));
        assertEquals(Optional.of(expected), SubmissionRules.score(form));
    }

    @Test
    void namesBothNumbersWhenMetExceedsTotal() {
        Violation v = SubmissionRules.validate(new SubmissionForm("11", "10", false, null, null)).get(0);
        assertEquals(List.of(new java.math.BigInteger("11"), new java.math.BigInteger("10")), v.args());
    }

    @Test
    void aNoteOfExactlyTheLimitIsAccepted() {
        RichText limit = RichText.plain("y".repeat(SubmissionRules.MAX_TEXT_LENGTH));
        assertEquals(List.of(), SubmissionRules.validate(new SubmissionForm("1", "1", false, limit, limit)));
    }

    /**
     * The length and the place of a control character are read run by run (issue 19); they must be what the
     * plain text says, also with empty paragraphs, line breaks inside runs and italic runs side by side.
     */
    @Property(tries = 2000)
    void lengthAndControlCharacterAreThoseOfThePlainText(@ForAll("texts") RichText text) {
        String plain = text.plainText();
        assertEquals(plain.length(), text.length());
        int expected = -1;
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) != '\n' && SubmissionRules.isControl(plain.charAt(i))) {
                expected = i + 1;
                break;
            }
        }
        List<Violation> violations = SubmissionRules.validate(new SubmissionForm("1", "2", false, text, RichText.EMPTY));
        Optional<Object> at = violations.stream().filter(v -> v.key().equals("validation.note.controlCharacter"))
                .map(v -> v.args().get(0)).findFirst();
        assertEquals(expected < 0 ? Optional.empty() : Optional.of(expected), at);
    }

    @Provide
    Arbitrary<RichText> texts() {
        Arbitrary<RichText.Run> runs = Arbitraries.strings().withChars("ab \n\t\u0007\u0085æ").ofMaxLength(6)
                .flatMap(t -> Arbitraries.of(true, false).map(italic -> new RichText.Run(t, italic)));
        Arbitrary<RichText.Paragraph> paragraphs = runs.list().ofMaxSize(4).map(RichText.Paragraph::new);
        return paragraphs.list().ofMaxSize(4).map(RichText::new);
    }
}
