package dk.sikkerby.indberetning.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules a list of success criteria must obey, for the form, the department workbook and the
 * command line alike. A message about one criterion names its number (1 for the first) as its first
 * argument. The database repeats the rules on a single row as CHECK constraints (V7).
 */
public final class CriteriaRules {

    /** Most criteria one initiative may list in a year. */
    public static final int MAX_CRITERIA = 50;

    private CriteriaRules() {
    }

    public static List<Violation> validate(List<SuccessCriterion> criteria) {
        List<Violation> out = new ArrayList<>();
        if (criteria.size() > MAX_CRITERIA) {
            out.add(Violation.of(Field.CRITERIA, "validation.criteria.tooMany", criteria.size(), MAX_CRITERIA));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            SuccessCriterion c = criteria.get(i);
            int number = i + 1;
            String text = c.text().strip();
            if (text.isEmpty()) {
                out.add(Violation.of(Field.CRITERION, "validation.criterion.textMissing", number));
            } else if (text.length() > SuccessCriterion.MAX_TEXT_LENGTH) {
                out.add(Violation.of(Field.CRITERION, "validation.criterion.textTooLong", number, text.length(),
                        SuccessCriterion.MAX_TEXT_LENGTH));
            } else if (hasControl(text) || c.isDropped() && hasControl(c.dropReason())) {
                out.add(Violation.of(Field.CRITERION, "validation.criterion.controlCharacter", number));
            } else {
                Integer earlier = seen.putIfAbsent(text.toLowerCase(Locale.ROOT), number);
                if (earlier != null) {
                    out.add(Violation.of(Field.CRITERION, "validation.criterion.duplicate", number, earlier));
                }
            }
            if (c.isDropped()) {
                String reason = c.dropReason().strip();
                if (reason.isEmpty()) {
                    out.add(Violation.of(Field.CRITERION, "validation.criterion.reasonMissing", number));
                } else if (reason.length() > SuccessCriterion.MAX_REASON_LENGTH) {
                    out.add(Violation.of(Field.CRITERION, "validation.criterion.reasonTooLong", number,
                            reason.length(), SuccessCriterion.MAX_REASON_LENGTH));
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(ch -> SubmissionRules.isControl((char) ch));
    }
}
