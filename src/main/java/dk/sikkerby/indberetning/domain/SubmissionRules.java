package dk.sikkerby.indberetning.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a submission must obey (DOMAIN.md, "Rules the data must obey"), in one place for the
 * form, the importer and the command line. Each broken rule gives a {@link Violation} with the key of
 * its message; the database repeats the hard ones as CHECK constraints.
 */
public final class SubmissionRules {

    /** Longest department note or assessment, in characters of text. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** The message keys of one number field, written out so that a search finds every use. */
    private record NumberKeys(String missing, String negative, String notWholeNumber, String tooLarge) {
    }

    private static final NumberKeys MET_KEYS = new NumberKeys("validation.met.missing", "validation.met.negative",
            "validation.met.notWholeNumber", "validation.met.tooLarge");
    private static final NumberKeys TOTAL_KEYS = new NumberKeys("validation.total.missing", "validation.total.negative",
            "validation.total.notWholeNumber", "validation.total.tooLarge");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
    private static final BigInteger MAX = BigInteger.valueOf(Score.MAX_GOALS);

    private SubmissionRules() {
    }

    public static List<Violation> validate(SubmissionForm form) {
        List<Violation> violations = new ArrayList<>();
        scoreViolations(form, violations);
        if (form.criteria() != null) {
            violations.addAll(CriteriaRules.validate(form.criteria()));
        }
        textViolations(Field.DEPARTMENT_NOTE, form.departmentNote(), violations);
        textViolations(Field.ASSESSMENT, form.assessment(), violations);
        return List.copyOf(violations);
    }

    /** The score the form describes, if its score fields are valid. */
    public static Optional<Score> score(SubmissionForm form) {
        List<Violation> violations = new ArrayList<>();
        scoreViolations(form, violations);
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        if (form.listsCriteria()) {
            return CriteriaTally.of(form.criteria()).score();
        }
        if (form.notRelevant()) {
            return Optional.of(Score.notRelevant());
        }
        String met = form.metText().strip();
        String total = form.totalText().strip();
        if (met.isEmpty()) {
            return Optional.of(Score.missing());
        }
        return Optional.of(Score.of(Integer.parseInt(met), Integer.parseInt(total)));
    }

    private static void scoreViolations(SubmissionForm form, List<Violation> out) {
        String met = form.metText().strip();
        String total = form.totalText().strip();
        if (form.listsCriteria()) {
            derivedScoreViolations(form, met, total, out);
            return;
        }
        if (form.notRelevant()) {
            if (!met.isEmpty() || !total.isEmpty()) {
                out.add(Violation.of(Field.NOT_RELEVANT, "validation.notRelevant.withNumbers"));
            }
            return;
        }
        if (met.isEmpty() && total.isEmpty()) {
            return;
        }
        Optional<BigInteger> metValue = number(Field.MET, form.metText(), out);
        Optional<BigInteger> totalValue = number(Field.TOTAL, form.totalText(), out);
        if (metValue.isPresent() && totalValue.isPresent()) {
            BigInteger m = metValue.get();
            BigInteger t = totalValue.get();
            if (t.signum() == 0) {
                out.add(Violation.of(Field.TOTAL, "validation.total.zero"));
            } else if (m.compareTo(t) > 0) {
                out.add(Violation.of(Field.MET, "validation.met.exceedsTotal", m, t));
            }
        }
    }

    /**
     * With criteria listed the score is theirs: "not relevant" only where every one was dropped, and typed
     * numbers (a workbook's score cell) must be the ones the criteria give.
     */
    private static void derivedScoreViolations(SubmissionForm form, String met, String total, List<Violation> out) {
        Score derivedScore = CriteriaTally.of(form.criteria()).score().orElseThrow();
        if (form.notRelevant()) {
            if (!derivedScore.isNotRelevant() || !met.isEmpty() || !total.isEmpty()) {
                out.add(Violation.of(Field.NOT_RELEVANT, "validation.notRelevant.withCriteria"));
            }
            return;
        }
        if (met.isEmpty() && total.isEmpty()) {
            return;
        }
        String derived = derivedScore.fraction();
        if (!(met + "/" + total).equals(derived)) {
            out.add(Violation.of(Field.MET, "validation.score.notDerived", met + "/" + total,
                    derived.isEmpty() ? "–" : derived));
        }
    }

    private static Optional<BigInteger> number(Field field, String raw, List<Violation> out) {
        NumberKeys keys = field == Field.MET ? MET_KEYS : TOTAL_KEYS;
        String text = raw.strip();
        if (text.isEmpty()) {
            out.add(Violation.of(field, keys.missing()));
            return Optional.empty();
        }
        if (text.startsWith("-") && WHOLE_NUMBER.matcher(text.substring(1)).matches()) {
            out.add(Violation.of(field, keys.negative(), text));
            return Optional.empty();
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            out.add(Violation.of(field, keys.notWholeNumber(), printable(text)));
            return Optional.empty();
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(MAX) > 0) {
            out.add(Violation.of(field, keys.tooLarge(), Score.MAX_GOALS));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static void textViolations(Field field, RichText text, List<Violation> out) {
        boolean note = field == Field.DEPARTMENT_NOTE;
        int length = text.length();
        if (length > MAX_TEXT_LENGTH) {
            out.add(Violation.of(field, note ? "validation.note.tooLong" : "validation.assessment.tooLong",
                    length, MAX_TEXT_LENGTH));
        }
        int at = firstControlCharacter(text);
        if (at >= 0) {
            out.add(Violation.of(field, note ? "validation.note.controlCharacter"
                    : "validation.assessment.controlCharacter", at + 1));
        }
    }

    /**
     * Where in {@code text.plainText()} the first control character other than a line break stands, or -1;
     * read run by run, without making the plain text (an import checks 20,000 texts this way).
     */
    private static int firstControlCharacter(RichText text) {
        List<RichText.Paragraph> paragraphs = text.paragraphs();
        int offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            offset += p > 0 ? 1 : 0;
            for (RichText.Run run : paragraphs.get(p).runs()) {
                String s = run.text();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c != '\n' && isControl(c)) {
                        return offset + i;
                    }
                }
                offset += s.length();
            }
        }
        return -1;
    }

    /** C0 and C1 control characters, which print as nothing or garbage in the appendix. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** Shows control characters in a message as their code, so the message itself stays readable. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(20).forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
                out.append(String.format("U+%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
