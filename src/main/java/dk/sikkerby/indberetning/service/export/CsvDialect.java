package dk.sikkerby.indberetning.service.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The CSV conventions: RFC 4180 with a comma and a decimal point, or a semicolon and a decimal comma
 * as Danish Excel reads and writes them.
 */
public enum CsvDialect {
    COMMA(',', '.'), SEMICOLON(';', ',');

    private final char separator;
    private final char decimal;

    CsvDialect(char separator, char decimal) {
        this.separator = separator;
        this.decimal = decimal;
    }

    public char separator() {
        return separator;
    }

    /** "," or ";"; anything else is refused with {@link IllegalArgumentException}. */
    public static CsvDialect ofSeparator(String text) {
        return switch (text == null ? "" : text.strip()) {
            case "," -> COMMA;
            case ";" -> SEMICOLON;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** A share with at most four decimals, written with this dialect's decimal mark. */
    String number(double value) {
        String plain = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return plain.replace('.', decimal);
    }
}
