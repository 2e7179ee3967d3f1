package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Gives cells their meaning for one column each: a number as the text {@link
 * dk.sikkerby.indberetning.domain.SubmissionRules} checks, the "not relevant" choice, the note. A cell
 * that cannot hold what its column means adds a finding naming the sheet and cell.
 */
final class CellValues {

    private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000);

    private final String sheet;
    private final List<Finding> findings;

    CellValues(String sheet, List<Finding> findings) {
        this.sheet = sheet;
        this.findings = findings;
    }

    /** The number as whole-number text ("" when empty), or empty after a finding. */
    Optional<String> numberText(RawCell cell, String fieldKey) {
        if (cell == null || cell.isBlank()) {
            return Optional.of("");
        }
        return switch (cell.kind()) {
            case NUMBER -> number(cell, fieldKey);
            case TEXT -> fail(cell, "offline.error.textInNumberCell", new MessageKey(fieldKey), shortened(cell.value()));
            case ERROR -> fail(cell, "offline.error.errorValue", cell.value());
            default -> fail(cell, "offline.error.notANumber", new MessageKey(fieldKey), shortened(cell.value()));
        };
    }

    private Optional<String> number(RawCell cell, String fieldKey) {
        BigDecimal value;
        try {
            value = new BigDecimal(cell.value().strip());
        } catch (NumberFormatException e) {
            return fail(cell, "offline.error.notANumber", new MessageKey(fieldKey), shortened(cell.value()));
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            return Optional.of(value.signum() < 0 ? "-" + LARGEST : LARGEST.toString());
        }
        BigDecimal whole = value.stripTrailingZeros();
        return Optional.of(whole.scale() <= 0 ? whole.toBigInteger().toString() : whole.toPlainString());
    }

    /** True for the "not relevant" text, false for an empty cell, empty after a finding. */
    Optional<Boolean> notRelevant(RawCell cell, String notRelevantText) {
        if (cell == null || cell.isBlank()) {
            return Optional.of(false);
        }
        if (cell.kind() == RawCell.Kind.TEXT && cell.value().strip().equalsIgnoreCase(notRelevantText.strip())) {
            return Optional.of(true);
        }
        return fail(cell, "offline.error.notRelevantChoice", shortened(cell.value()), notRelevantText);
    }

    Optional<RichText> note(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.of(RichText.EMPTY);
        }
        if (cell.truncated()) {
            return fail(cell, "offline.error.cellTooLong", XmlParts.MAX_CELL_CHARS);
        }
        return switch (cell.kind()) {
            case TEXT -> Optional.of(NoteCells.fromRuns(cell.runs()));
            case ERROR -> fail(cell, "offline.error.errorValue", cell.value());
            case NUMBER -> Optional.of(RichText.plain(number(cell, "offline.field.note").orElse(cell.value())));
            default -> Optional.of(RichText.plain(cell.value()));
        };
    }

    /** The initiative id of the hidden column, or empty after a finding. */
    Optional<Integer> id(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            try {
                BigDecimal value = new BigDecimal(cell.value().strip());
                if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return Optional.of(value.intValueExact());
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // falls through to the finding below
            }
        }
        return fail(cell, "offline.error.badId", shortened(cell.value()));
    }

    <T> Optional<T> fail(RawCell cell, String key, Object... args) {
        findings.add(Finding.error(Place.cell(sheet, cell.cellName()), key, args));
        return Optional.empty();
    }

    static String shortened(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
